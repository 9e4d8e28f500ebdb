/**
 * A recursive-descent parser for Python 3 (3.6 to 3.15 syntax), written to CPython's grammar.
 * It checks the whole file, so a file CPython would refuse (Python 2 code, say) is refused here
 * too, but it keeps only what the guard needs: import statements with their guard context,
 * literal dynamic imports, module-level bindings and `__all__`.
 */
import type { Expr, Guard, ImportedName, ImportStatement, ScanResult } from './syntax.ts';
import { HARD_KEYWORDS, ownString, PythonSyntaxError, type Token } from './tokenizer.ts';

const AUGMENTED = new Set(['+=', '-=', '*=', '/=', '//=', '%=', '@=', '&=', '|=', '^=', '>>=', '<<=', '**=']);
const COMPARISON = new Set(['==', '!=', '<', '<=', '>', '>=']);
/** Keywords that make an expression more than a bitwise or, outside brackets. */
const BEYOND_BITWISE_OR = new Set(['or', 'and', 'not', 'if', 'lambda', 'in', 'is']);

/** Sees calls and plain assignments as they are parsed, for readers that need more than imports (a launcher's subprocess calls). A rewound look-ahead may show the same one twice: `at` tells them apart. */
export interface ParseObserver {
  /** `guards`: where the call is, as for an import (the function it is in, the handlers around it). */
  call?(call: Expr & { k: 'call' }, at: Token, guards: readonly Guard[]): void;
  /** `a = b = value` (one call per statement, targets in order). */
  assign?(targets: Expr[], value: Expr, at: Token): void;
  /** `target op= value` (`sys.path += [...]`). */
  augmented?(target: Expr, op: string, value: Expr, at: Token): void;
  /**
   * A plain name read where it is evaluated (`json`, with `attribute` "dumps" in `json.dumps`),
   * outside annotations an interpreter of this version leaves unevaluated (3.14 on).
   */
  name?(name: string, attribute: string | undefined, at: Token, guards: readonly Guard[]): void;
}

interface Scope {
  kind: 'module' | 'function' | 'class';
  /** async def bodies allow await, async for and async with on 3.6. */
  async: boolean;
  /** How many `try` statements (any of their blocks) of this scope the statement being parsed is in. */
  tries: number;
}

export class Parser {
  private readonly tokens: Token[];
  private readonly minor: number;
  private i = 0;
  private readonly imports: ImportStatement[] = [];
  private readonly guards: Guard[] = [];
  private readonly scopes: Scope[] = [{ kind: 'module', async: false, tries: 0 }];
  private readonly bindings = new Set<string>();
  private all: string[] | undefined;
  private allUnreadable = false;
  private readonly openEnded = new Set<string>();
  /** Tokens parsed again after a look-ahead failed: the only way parsing can exceed one pass. */
  rewound = 0;

  private readonly observer: ParseObserver | undefined;
  /** How many blocks deep the statement being parsed is. */
  private blockDepth = 0;
  /** How many annotations deep the expression being parsed is. */
  private annotationDepth = 0;
  /** Whether the simple statement being parsed ends the program. */
  private exitingStatement = false;
  /** The last simple statement parsed: its depth, and whether it ends the program. */
  private lastSimple: { depth: number; exits: boolean } | undefined;
  /**
   * The first lazy import where 3.15's compiler refuses one (in a function, a class, a `try`,
   * or of `*`): raised once the whole file has parsed, as CPython finds it only after parsing.
   */
  private misplacedLazy: PythonSyntaxError | undefined;

  constructor(tokens: Token[], minor: number, observer?: ParseObserver) {
    this.tokens = tokens;
    this.minor = minor;
    this.observer = observer;
  }

  parseModule(): ScanResult {
    while (!this.atType('end')) this.statement();
    if (this.misplacedLazy) throw this.misplacedLazy;
    const result: ScanResult = { ok: true, imports: this.imports, bindings: [...this.bindings].sort(), openEnded: [...this.openEnded].sort() };
    if (this.all && !this.allUnreadable) result.all = this.all;
    return result;
  }

  // ---- token helpers ----

  private get token(): Token {
    return this.tokens[this.i]!;
  }

  private peek(offset = 1): Token {
    return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)]!;
  }

  private atType(type: Token['type']): boolean {
    return this.token.type === type;
  }

  private atOp(value: string): boolean {
    return this.token.type === 'op' && this.token.value === value;
  }

  private atKeyword(word: string): boolean {
    return this.token.type === 'name' && this.token.value === word && this.isKeyword(word);
  }

  private isKeyword(word: string): boolean {
    if (HARD_KEYWORDS.has(word)) return true;
    if (word === 'async' || word === 'await') return this.minor >= 7 || this.scope().async;
    return false;
  }

  private next(): Token {
    const token = this.token;
    if (token.type !== 'end') this.i++;
    return token;
  }

  private fail(message = 'invalid syntax', token: Token = this.token): never {
    throw new PythonSyntaxError(message, token.line, token.col);
  }

  private expectOp(value: string): Token {
    if (!this.atOp(value)) this.fail(`expected '${value}'`);
    return this.next();
  }

  private expectKeyword(word: string): Token {
    if (!this.atKeyword(word)) this.fail(`expected '${word}'`);
    return this.next();
  }

  private eatOp(value: string): boolean {
    if (!this.atOp(value)) return false;
    this.i++;
    return true;
  }

  private eatKeyword(word: string): boolean {
    if (!this.atKeyword(word)) return false;
    this.i++;
    return true;
  }

  /** A NAME that is not a keyword. */
  private identifier(): string {
    const token = this.token;
    if (token.type !== 'name' || this.isKeyword(token.value)) this.fail();
    this.i++;
    return token.value;
  }

  private atIdentifier(): boolean {
    return this.token.type === 'name' && !this.isKeyword(this.token.value);
  }

  private scope(): Scope {
    return this.scopes.at(-1)!;
  }

  private atModuleLevel(): boolean {
    return this.scopes.length === 1;
  }

  private bind(name: string): void {
    if (this.atModuleLevel()) this.bindings.add(name);
  }

  /** Runs `attempt`; on a syntax error, rewinds and returns undefined. For the few places the grammar needs to look ahead. */
  private attempt<T>(attempt: () => T): T | undefined {
    const saved = this.i;
    const importCount = this.imports.length;
    try {
      return attempt();
    } catch (error) {
      if (!(error instanceof PythonSyntaxError)) throw error;
      this.rewound += this.i - saved;
      this.i = saved;
      this.imports.length = importCount;
      return undefined;
    }
  }

  // ---- statements ----

  private statement(): void {
    const token = this.token;
    if (token.type === 'indent') this.fail('unexpected indent');
    if (token.type === 'dedent') this.fail('unindent does not match any outer indentation level');
    if (token.type === 'newline') this.fail();
    if (token.type === 'op' && token.value === '@') return this.decorated();
    if (token.type === 'name') {
      switch (token.value) {
        case 'if':
          return this.ifStatement();
        case 'while':
          return this.whileStatement();
        case 'for':
          return this.forStatement();
        case 'try':
          return this.tryStatement();
        case 'with':
          return this.withStatement();
        case 'def':
          return this.functionDef();
        case 'class':
          return this.classDef();
        case 'async':
          if (this.isKeyword('async') || ['def', 'for', 'with'].includes(this.peek().value)) return this.asyncStatement();
          break;
        case 'match':
          if (this.minor >= 10 && this.matchStatement()) return;
          break;
      }
    }
    this.simpleStatements();
  }

  private simpleStatements(): void {
    this.exitingStatement = false;
    this.simpleStatement();
    this.lastSimple = { depth: this.blockDepth, exits: this.exitingStatement };
    while (this.eatOp(';')) {
      if (this.atType('newline')) break;
      this.exitingStatement = false;
      this.simpleStatement();
      this.lastSimple = { depth: this.blockDepth, exits: this.exitingStatement };
    }
    if (!this.atType('newline')) this.fail();
    this.next();
  }

  private simpleStatement(): void {
    const token = this.token;
    if (token.type === 'name') {
      switch (token.value) {
        case 'import':
          return this.importName();
        case 'from':
          return this.importFrom();
        case 'lazy':
          // A soft keyword (3.15, PEP 810): a name anywhere but right before `import` or `from`.
          if (this.minor >= 15 && this.peek().type === 'name' && (this.peek().value === 'import' || this.peek().value === 'from')) {
            this.next();
            return this.peek(0).value === 'import' ? this.importName(token) : this.importFrom(token);
          }
          break;
        case 'pass':
        case 'break':
        case 'continue':
          this.next();
          return;
        case 'return':
          this.next();
          if (!this.atStatementEnd()) this.starExpressions();
          return;
        case 'raise':
          this.exitingStatement = true;
          this.next();
          if (!this.atStatementEnd()) {
            this.expression();
            if (this.eatKeyword('from')) this.expression();
          }
          return;
        case 'global':
        case 'nonlocal':
          this.next();
          do this.identifier();
          while (this.eatOp(','));
          return;
        case 'del':
          this.next();
          this.targetList('del');
          return;
        case 'assert':
          this.next();
          this.expression();
          if (this.eatOp(',')) this.expression();
          return;
        case 'type':
          if (this.minor >= 12 && this.peek().type === 'name' && (this.peek(2).value === '=' || this.peek(2).value === '[') && this.peek(2).type === 'op') {
            this.next();
            this.bind(this.identifier());
            if (this.atOp('[')) this.typeParams();
            this.expectOp('=');
            this.expression();
            return;
          }
          break;
      }
    }
    this.expressionStatement();
  }

  private atStatementEnd(): boolean {
    return this.atType('newline') || this.atOp(';') || this.atType('end');
  }

  private expressionStatement(): void {
    const start = this.token;
    const first = this.atKeyword('yield') ? this.yieldExpression() : this.starExpressions();
    if (this.atOp('=')) {
      const targets = [first];
      while (this.eatOp('=')) targets.push(this.atKeyword('yield') ? this.yieldExpression() : this.starExpressions());
      const value = targets.pop()!;
      for (const target of targets) {
        this.checkTarget(target, 'assign', start);
        this.bindTarget(target);
        this.noteOpenEnded(target);
      }
      this.noteAllAssignment(targets, value, '=');
      this.observer?.assign?.(targets, value, start);
      return;
    }
    if (this.token.type === 'op' && AUGMENTED.has(this.token.value)) {
      const op = this.next().value;
      if (first.k !== 'name' && first.k !== 'attr' && first.k !== 'subscript') this.fail(`'${describe(first)}' is an illegal expression for augmented assignment`, start);
      const value = this.atKeyword('yield') ? this.yieldExpression() : this.starExpressions();
      this.noteAllAssignment([first], value, op);
      this.observer?.assign?.([first], { k: 'other', what: `${op} assignment` }, start);
      this.observer?.augmented?.(first, op, value, start);
      return;
    }
    if (this.atOp(':')) {
      this.next();
      if (first.k !== 'name' && first.k !== 'attr' && first.k !== 'subscript') this.fail(`illegal target for annotation`, start);
      this.annotation(() => this.expression());
      if (this.eatOp('=')) {
        const value = this.atKeyword('yield') ? this.yieldExpression() : this.starExpressions();
        this.noteAllAssignment([first], value, '=');
        this.observer?.assign?.([first], value, start);
      }
      if (first.k === 'name') this.bind(first.id);
      return;
    }
    this.noteOpenEnded(first);
    this.exitingStatement = first.k === 'call' && endsProgram(first.func);
    if (this.atModuleLevel() && first.k === 'call' && first.func.k === 'attr' && first.func.value.k === 'name' && first.func.value.id === '__all__') {
      this.noteAllMethod(first.func.attr, first.args);
    }
  }

  private importName(lazy?: Token): void {
    const start = this.next();
    if (lazy) this.checkLazyPlace(lazy, 'import');
    do {
      const module = this.dottedName();
      let asname: string | undefined;
      if (this.eatKeyword('as')) asname = this.identifier();
      this.bind(asname ?? module.split('.')[0]!);
      const statement: ImportStatement = { kind: 'import', module, level: 0, names: [], line: (lazy ?? start).line, col: (lazy ?? start).col, guards: [...this.guards] };
      if (asname !== undefined) statement.asname = asname;
      if (lazy) statement.lazy = true;
      this.imports.push(statement);
    } while (this.eatOp(','));
  }

  private dottedName(): string {
    let name = this.identifier();
    while (this.eatOp('.')) name += '.' + this.identifier();
    return name;
  }

  private importFrom(lazy?: Token): void {
    const start = lazy ?? this.token;
    this.next();
    let level = 0;
    while (this.atOp('.') || this.atOp('...')) level += this.next().value.length;
    let module = '';
    if (!this.atKeyword('import')) module = this.dottedName();
    else if (level === 0) this.fail();
    if (lazy && level === 0 && module === '__future__') this.fail('lazy from __future__ import is not allowed', lazy);
    this.expectKeyword('import');
    const names: ImportedName[] = [];
    if (lazy) this.checkLazyPlace(lazy, 'from ... import', this.atOp('*'));
    if (this.eatOp('*')) {
      names.push({ name: '*' });
      if (this.atModuleLevel()) this.openEnded.add(`from ${'.'.repeat(level)}${module} import *`);
    } else {
      const parenthesized = this.eatOp('(');
      do {
        if (parenthesized && this.atOp(')')) break;
        const name = this.identifier();
        const imported: ImportedName = { name };
        if (this.eatKeyword('as')) imported.asname = this.identifier();
        this.bind(imported.asname ?? name);
        names.push(imported);
      } while (this.eatOp(','));
      if (parenthesized) this.expectOp(')');
      else if (this.tokens[this.i - 1]!.value === ',' && this.tokens[this.i - 1]!.type === 'op') this.fail('trailing comma not allowed without surrounding parentheses');
    }
    const statement: ImportStatement = { kind: 'from', module, level, names, line: start.line, col: start.col, guards: [...this.guards] };
    if (lazy) statement.lazy = true;
    this.imports.push(statement);
  }

  /** Notes the first lazy import 3.15's compiler refuses where it stands (see misplacedLazy), in its words. */
  private checkLazyPlace(lazy: Token, what: 'import' | 'from ... import', star = false): void {
    if (this.misplacedLazy) return;
    const scope = this.scope();
    const place = scope.tries ? 'try/except blocks' : scope.kind === 'function' ? 'functions' : scope.kind === 'class' ? 'classes' : undefined;
    if (place) this.misplacedLazy = new PythonSyntaxError(`lazy ${what} not allowed inside ${place}`, lazy.line, lazy.col);
    else if (star) this.misplacedLazy = new PythonSyntaxError('lazy from ... import * is not allowed', lazy.line, lazy.col);
  }

  private block(): void {
    this.expectOp(':');
    this.blockDepth++;
    try {
      if (this.atType('newline')) {
        this.next();
        if (!this.atType('indent')) this.fail('expected an indented block');
        this.next();
        while (!this.atType('dedent') && !this.atType('end')) this.statement();
        this.next();
      } else this.simpleStatements();
    } finally {
      this.blockDepth--;
    }
  }

  /** Whether the block just parsed at this depth ended with a statement that ends the program: `raise`, `sys.exit()`. */
  private blockEndedProgram(depth: number): boolean {
    return this.lastSimple?.depth === depth && this.lastSimple.exits;
  }

  private withGuard(guard: Guard, body: () => void): void {
    this.guards.push(guard);
    try {
      body();
    } finally {
      this.guards.pop();
    }
  }

  private ifStatement(): void {
    this.next();
    const test = this.namedExpression();
    this.withGuard({ kind: 'if', test, branch: 'then' }, () => this.block());
    if (this.atKeyword('elif')) this.withGuard({ kind: 'if', test, branch: 'else' }, () => this.ifStatement());
    else if (this.eatKeyword('else')) this.withGuard({ kind: 'if', test, branch: 'else' }, () => this.block());
  }

  private whileStatement(): void {
    this.next();
    this.namedExpression();
    this.block();
    if (this.eatKeyword('else')) this.block();
  }

  private forStatement(): void {
    this.next();
    const target = this.targetList('for');
    this.bindTarget(target);
    this.expectKeyword('in');
    this.starExpressions();
    this.block();
    if (this.eatKeyword('else')) this.block();
  }

  private asyncStatement(): void {
    this.next();
    if (this.atKeyword('def') || this.token.value === 'def') return this.functionDef(true);
    if (!this.scope().async && this.minor < 7) this.fail();
    if (this.token.value === 'for') return this.forStatement();
    if (this.token.value === 'with') return this.withStatement();
    this.fail();
  }

  private tryStatement(): void {
    const scope = this.scope();
    scope.tries++;
    try {
      this.tryBlocks();
    } finally {
      scope.tries--;
    }
  }

  private tryBlocks(): void {
    this.next();
    const guard: Guard & { kind: 'try' } = { kind: 'try', catches: [] };
    this.withGuard(guard, () => this.block());
    let handlers = 0;
    let star: boolean | undefined;
    while (this.atKeyword('except')) {
      this.next();
      const isStar = this.minor >= 11 && this.eatOp('*');
      if (star !== undefined && star !== isStar) this.fail("cannot have both 'except' and 'except*' on the same 'try'");
      star = isStar;
      const handled: string[] = [];
      if (this.atOp(':')) {
        if (isStar) this.fail('expected one or more exception types');
        handled.push('*');
      } else {
        let caught = this.expression();
        // 3.14 (PEP 758) reads `except A, B:` as `except (A, B):`, but not with `as`.
        if (this.atOp(',') && this.minor >= 14) {
          const elts = [caught];
          while (this.eatOp(',') && !this.atOp(':')) elts.push(this.expression());
          caught = { k: 'tuple', elts };
          if (this.atKeyword('as')) this.fail("multiple exception types must be parenthesized when using 'as'");
        }
        handled.push(...exceptionNames(caught));
        if (this.eatKeyword('as')) this.bind(this.identifier());
        else if (this.atOp(',')) this.fail('multiple exception types must be parenthesized');
      }
      guard.catches.push(...handled);
      this.withGuard({ kind: 'except', catches: handled }, () => this.block());
      // A handler that ends the program (`sys.exit(1)`, `raise`) is no fallback: the failure still stops it.
      (guard.handlers ??= []).push({ catches: handled, exits: this.blockEndedProgram(this.blockDepth + 1) });
      handlers++;
    }
    if (handlers > 0 && this.eatKeyword('else')) this.block();
    if (this.eatKeyword('finally')) this.block();
    else if (handlers === 0) this.fail("expected 'except' or 'finally' block");
  }

  private withStatement(): void {
    this.next();
    const parenthesized = this.atOp('(') ? this.attempt(() => this.withItemsParenthesized()) : undefined;
    const items = parenthesized ?? this.withItems();
    const suppressed = items.flatMap((item) => suppressedExceptions(item));
    if (suppressed.length > 0) this.withGuard({ kind: 'suppress', exceptions: suppressed }, () => this.block());
    else this.block();
  }

  /** `with (a as b, c):`, which 3.9+ parse as items, not as a tuple. */
  private withItemsParenthesized(): Expr[] {
    this.expectOp('(');
    const items: Expr[] = [];
    do {
      if (this.atOp(')')) break;
      items.push(this.withItem());
    } while (this.eatOp(','));
    this.expectOp(')');
    if (!this.atOp(':')) this.fail();
    return items;
  }

  private withItems(): Expr[] {
    const items = [this.withItem()];
    while (this.eatOp(',')) items.push(this.withItem());
    return items;
  }

  private withItem(): Expr {
    const context = this.expression();
    if (this.eatKeyword('as')) {
      const start = this.token;
      const target = this.starTarget();
      this.checkTarget(target, 'with', start);
      this.bindTarget(target);
    }
    return context;
  }

  private decorated(): void {
    while (this.eatOp('@')) {
      this.namedExpression();
      if (!this.atType('newline')) this.fail();
      this.next();
    }
    if (this.atKeyword('def')) return this.functionDef();
    if (this.atKeyword('class')) return this.classDef();
    if (this.token.value === 'async' && this.peek().value === 'def') {
      this.next();
      return this.functionDef(true);
    }
    this.fail();
  }

  private annotation(parse: () => void): void {
    this.annotationDepth++;
    try {
      parse();
    } finally {
      this.annotationDepth--;
    }
  }

  private functionDef(isAsync = false): void {
    this.next(); // def
    const name = this.identifier();
    this.bind(name);
    if (name === '__getattr__' && this.atModuleLevel()) this.openEnded.add('module __getattr__');
    if (this.atOp('[') && this.minor >= 12) this.typeParams();
    this.expectOp('(');
    this.parameters(')', true);
    this.expectOp(')');
    if (this.eatOp('->')) this.annotation(() => this.expression());
    this.scopes.push({ kind: 'function', async: isAsync, tries: 0 });
    try {
      this.withGuard({ kind: 'function', name }, () => this.block());
    } finally {
      this.scopes.pop();
    }
  }

  private classDef(): void {
    this.next();
    const name = this.identifier();
    this.bind(name);
    if (this.atOp('[') && this.minor >= 12) this.typeParams();
    if (this.eatOp('(')) {
      if (!this.atOp(')')) this.callArguments();
      this.expectOp(')');
    }
    this.scopes.push({ kind: 'class', async: false, tries: 0 });
    try {
      this.withGuard({ kind: 'class', name }, () => this.block());
    } finally {
      this.scopes.pop();
    }
  }

  private typeParams(): void {
    this.expectOp('[');
    do {
      if (this.atOp(']')) break;
      if (this.eatOp('*') || this.eatOp('**')) this.identifier();
      else {
        this.identifier();
        if (this.eatOp(':')) this.expression();
      }
      if (this.minor >= 13 && this.eatOp('=')) {
        this.eatOp('*'); // a TypeVarTuple default may be unpacked: `*Ts = *tuple[int]`
        this.expression();
      }
    } while (this.eatOp(','));
    this.expectOp(']');
  }

  /** Parameters of a def (annotations allowed) or a lambda (none), up to `closer`. */
  private parameters(closer: string, annotations: boolean): void {
    let sawDefault = false;
    let sawStar = false;
    let sawSlash = false;
    let sawDoubleStar = false;
    let count = 0;
    const param = (allowStarAnnotation = false): void => {
      this.identifier();
      if (annotations && this.eatOp(':')) this.annotation(() => {
        if (allowStarAnnotation && this.minor >= 11 && this.atOp('*')) {
          this.next();
          this.bitwiseOr();
        } else this.expression();
      });
    };
    while (!this.atOp(closer)) {
      if (sawDoubleStar) this.fail('arguments cannot follow var-keyword argument');
      if (this.eatOp('/')) {
        if (sawSlash || sawStar || count === 0 || this.minor < 8) this.fail('/ must be ahead of *');
        sawSlash = true;
      } else if (this.eatOp('**')) {
        param();
        sawDoubleStar = true;
      } else if (this.eatOp('*')) {
        if (sawStar) this.fail('* argument may appear only once');
        sawStar = true;
        if (this.atOp(',') || this.atOp(closer)) {
          if (this.atOp(closer) || this.peek().value === closer || this.peek().value === '**') this.fail('named arguments must follow bare *');
        } else param(true);
      } else {
        param();
        if (this.eatOp('=')) {
          this.expression();
          sawDefault = true;
        } else if (sawDefault && !sawStar) this.fail('non-default argument follows default argument');
        count++;
      }
      if (!this.eatOp(',')) break;
    }
  }

  // ---- match statement (3.10+) ----

  /** Tries `match SUBJECT:` + case blocks; returns false (nothing consumed) when `match` is a plain name here. */
  private matchStatement(): boolean {
    const saved = this.i;
    const subjectParsed = this.attempt(() => {
      this.next(); // match
      do {
        if (this.atOp('*')) this.starExpression();
        else this.namedExpression();
      } while (this.eatOp(',') && !this.atOp(':'));
      this.expectOp(':');
      if (!this.atType('newline')) this.fail();
      return true;
    });
    if (!subjectParsed) {
      this.i = saved;
      return false;
    }
    this.next(); // newline
    if (!this.atType('indent')) this.fail('expected an indented block');
    this.next();
    let cases = 0;
    while (this.token.type === 'name' && this.token.value === 'case') {
      this.next();
      this.patterns();
      if (this.eatKeyword('if')) this.namedExpression();
      this.block();
      cases++;
    }
    if (cases === 0 || !this.atType('dedent')) this.fail();
    this.next();
    return true;
  }

  private patterns(): void {
    const first = this.maybeStarPattern();
    if (this.atOp(',') || first === 'star') {
      while (this.eatOp(',')) {
        if (this.atOp(':') || this.atOp(']') || this.atOp(')') || (this.token.type === 'name' && this.token.value === 'if')) break;
        this.maybeStarPattern();
      }
    }
  }

  private maybeStarPattern(): 'star' | 'pattern' {
    if (this.eatOp('*')) {
      this.identifier();
      return 'star';
    }
    this.asPattern();
    return 'pattern';
  }

  private asPattern(): void {
    this.orPattern();
    if (this.eatKeyword('as')) {
      const name = this.identifier();
      if (name === '_') this.fail("cannot use '_' as a target");
    }
  }

  private orPattern(): void {
    this.closedPattern();
    while (this.eatOp('|')) this.closedPattern();
  }

  private closedPattern(): void {
    const token = this.token;
    if (token.type === 'number' || this.atNumberSign()) {
      this.signedNumber();
      if (this.atOp('+') || this.atOp('-')) {
        this.next();
        if (this.token.type !== 'number') this.fail();
        this.next();
      }
      return;
    }
    if (token.type === 'string') {
      while (this.atType('string')) this.next();
      return;
    }
    if (token.type === 'name') {
      if (token.value === 'None' || token.value === 'True' || token.value === 'False') {
        this.next();
        return;
      }
      this.dottedName();
      if (this.eatOp('(')) {
        let keywords = false;
        while (!this.atOp(')')) {
          if (this.atIdentifier() && this.peek().value === '=' && this.peek().type === 'op') {
            this.next();
            this.next();
            this.asPattern();
            keywords = true;
          } else {
            if (keywords) this.fail('positional patterns follow keyword patterns');
            this.asPattern();
          }
          if (!this.eatOp(',')) break;
        }
        this.expectOp(')');
      }
      return;
    }
    if (this.eatOp('(')) {
      if (!this.atOp(')')) this.patterns();
      this.expectOp(')');
      return;
    }
    if (this.eatOp('[')) {
      if (!this.atOp(']')) this.patterns();
      this.expectOp(']');
      return;
    }
    if (this.eatOp('{')) {
      while (!this.atOp('}')) {
        if (this.eatOp('**')) this.identifier();
        else {
          if (this.token.type === 'string' || this.token.type === 'number' || this.atNumberSign()) this.closedPattern();
          else if (this.token.type === 'name') this.dottedName();
          else this.fail();
          this.expectOp(':');
          this.asPattern();
        }
        if (!this.eatOp(',')) break;
      }
      this.expectOp('}');
      return;
    }
    this.fail();
  }

  /** A sign before a number in a pattern: `-`, and from 3.15 on `+`. */
  private atNumberSign(): boolean {
    return this.atOp('-') || (this.minor >= 15 && this.atOp('+'));
  }

  private signedNumber(): void {
    if (this.atNumberSign()) this.next();
    if (this.token.type !== 'number') this.fail();
    this.next();
  }

  // ---- targets ----

  /** Targets of `for` and `del`: a comma list without the surrounding parentheses. */
  private targetList(context: 'for' | 'del'): Expr {
    const start = this.token;
    const first = this.starTarget();
    let target = first;
    if (this.atOp(',')) {
      const elts = [first];
      while (this.eatOp(',')) {
        if (context === 'for' ? this.atKeyword('in') : this.atStatementEnd()) break;
        elts.push(this.starTarget());
      }
      target = { k: 'tuple', elts };
    }
    this.checkTarget(target, context, start);
    return target;
  }

  private starTarget(): Expr {
    if (this.eatOp('*')) return { k: 'starred', value: this.starTarget() };
    return this.bitwiseOr();
  }

  private checkTarget(target: Expr, context: 'assign' | 'for' | 'del' | 'with' | 'comprehension', at: Token): void {
    switch (target.k) {
      case 'name':
        if (context !== 'del' && target.id === '__debug__' && this.minor >= 9) this.fail('cannot assign to __debug__', at);
        return;
      case 'attr':
      case 'subscript':
        return;
      case 'starred':
        if (context === 'del') this.fail('cannot delete starred', at);
        return this.checkTarget(target.value, context, at);
      case 'tuple':
      case 'list':
        for (const element of target.elts) this.checkTarget(element, context, at);
        return;
      default:
        this.fail(`cannot ${context === 'del' ? 'delete' : 'assign to'} ${describe(target)}`, at);
    }
  }

  private bindTarget(target: Expr): void {
    if (target.k === 'name') this.bind(target.id);
    else if (target.k === 'starred') this.bindTarget(target.value);
    else if (target.k === 'tuple' || target.k === 'list') for (const element of target.elts) this.bindTarget(element);
  }

  // ---- __all__ and open-endedness ----

  private noteAllAssignment(targets: Expr[], value: Expr, op: string): void {
    if (!this.atModuleLevel()) return;
    if (!targets.some((target) => target.k === 'name' && target.id === '__all__')) return;
    const names = literalStrings(value);
    if (!names) {
      this.allUnreadable = true;
      return;
    }
    if (op === '=') this.all = names;
    else if (op === '+=') this.all = [...(this.all ?? []), ...names];
    else this.allUnreadable = true;
  }

  private noteAllMethod(method: string, args: Expr[]): void {
    const first = args[0];
    if (method === 'append' && args.length === 1 && first?.k === 'str' && first.value !== null) this.all = [...(this.all ?? []), first.value];
    else if (method === 'extend' && args.length === 1 && literalStrings(args[0]!)) this.all = [...(this.all ?? []), ...literalStrings(args[0]!)!];
    else this.allUnreadable = true;
  }

  /**
   * Code that binds module names no one can list: exec(), globals()[...] = ..., globals().update().
   * Counted wherever it stands, since a function may run at import: better unknown than a false error.
   */
  private noteOpenEnded(expression: Expr): void {
    const isGlobalsCall = (value: Expr): boolean => value.k === 'call' && value.func.k === 'name' && (value.func.id === 'globals' || value.func.id === 'vars' || value.func.id === 'locals');
    if (expression.k === 'call' && expression.func.k === 'name' && (expression.func.id === 'exec' || expression.func.id === 'execfile')) this.openEnded.add('exec()');
    else if (expression.k === 'subscript' && isGlobalsCall(expression.value)) this.openEnded.add('globals() written');
    else if (expression.k === 'call' && expression.func.k === 'attr' && isGlobalsCall(expression.func.value)) this.openEnded.add('globals() written');
  }

  // ---- expressions ----

  private starExpressions(): Expr {
    const first = this.starExpression();
    if (!this.atOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (!this.startsExpression()) break;
      elts.push(this.starExpression());
    }
    return { k: 'tuple', elts };
  }

  private starExpression(): Expr {
    if (this.eatOp('*')) return { k: 'starred', value: this.bitwiseOr() };
    return this.expression();
  }

  private startsExpression(): boolean {
    const token = this.token;
    if (token.type === 'number' || token.type === 'string') return true;
    if (token.type === 'name') return !this.isKeyword(token.value) || ['None', 'True', 'False', 'not', 'lambda', 'await', 'yield'].includes(token.value);
    if (token.type === 'op') return ['(', '[', '{', '-', '+', '~', '*', '...'].includes(token.value);
    return false;
  }

  private namedExpression(): Expr {
    if (this.atIdentifier() && this.peek().type === 'op' && this.peek().value === ':=') {
      if (this.minor < 8) this.fail();
      const name = this.identifier();
      this.next();
      const value = this.expression();
      if (this.scopes.length === 1 && this.guards.length === 0) this.bind(name);
      return value;
    }
    const expression = this.expression();
    if (this.atOp(':=')) this.fail(`cannot use assignment expressions with ${describe(expression)}`);
    return expression;
  }

  private expression(): Expr {
    if (this.atKeyword('lambda')) return this.lambda();
    const body = this.disjunction();
    if (this.eatKeyword('if')) {
      this.disjunction();
      this.expectKeyword('else');
      this.expression();
      return { k: 'other', what: 'conditional expression' };
    }
    return body;
  }

  private expressionNoCond(): Expr {
    if (this.atKeyword('lambda')) return this.lambda(false);
    return this.disjunction();
  }

  private lambda(allowConditional = true): Expr {
    this.next();
    this.parameters(':', false);
    this.expectOp(':');
    this.scopes.push({ kind: 'function', async: false, tries: 0 });
    try {
      this.withGuard({ kind: 'function', name: '<lambda>' }, () => (allowConditional ? this.expression() : this.expressionNoCond()));
    } finally {
      this.scopes.pop();
    }
    return { k: 'other', what: 'lambda' };
  }

  private disjunction(): Expr {
    const first = this.conjunction();
    if (!this.atKeyword('or')) return first;
    const values = [first];
    while (this.eatKeyword('or')) values.push(this.conjunction());
    return { k: 'boolop', op: 'or', values };
  }

  private conjunction(): Expr {
    const first = this.inversion();
    if (!this.atKeyword('and')) return first;
    const values = [first];
    while (this.eatKeyword('and')) values.push(this.inversion());
    return { k: 'boolop', op: 'and', values };
  }

  private inversion(): Expr {
    if (this.eatKeyword('not')) return { k: 'not', operand: this.inversion() };
    return this.comparison();
  }

  private comparison(): Expr {
    const left = this.bitwiseOr();
    const ops: string[] = [];
    const comparators: Expr[] = [];
    while (true) {
      const token = this.token;
      let op: string | undefined;
      if (token.type === 'op' && COMPARISON.has(token.value)) op = this.next().value;
      else if (this.atKeyword('in')) op = this.next().value;
      else if (this.atKeyword('not') && this.peek().value === 'in') {
        this.next();
        this.next();
        op = 'not in';
      } else if (this.atKeyword('is')) {
        this.next();
        op = this.eatKeyword('not') ? 'is not' : 'is';
      }
      if (!op) break;
      ops.push(op);
      comparators.push(this.bitwiseOr());
    }
    return ops.length === 0 ? left : { k: 'compare', left, ops, comparators };
  }

  private binary(operators: readonly string[], operand: () => Expr): Expr {
    let left = operand();
    while (this.token.type === 'op' && operators.includes(this.token.value)) {
      const op = this.next().value;
      left = { k: 'binop', op, left, right: operand() };
    }
    return left;
  }

  private bitwiseOr(): Expr {
    return this.binary(['|'], () => this.binary(['^'], () => this.binary(['&'], () => this.binary(['<<', '>>'], () => this.binary(['+', '-'], () => this.term())))));
  }

  private term(): Expr {
    return this.binary(['*', '/', '//', '%', '@'], () => this.factor());
  }

  private factor(): Expr {
    if (this.token.type === 'op' && (this.token.value === '+' || this.token.value === '-' || this.token.value === '~')) {
      const op = this.next().value;
      const operand = this.factor();
      if (op === '-' && operand.k === 'num' && operand.value !== null) return { k: 'num', value: -operand.value };
      return { k: 'unary', op, operand };
    }
    return this.power();
  }

  private power(): Expr {
    const base = this.awaitPrimary();
    if (this.eatOp('**')) return { k: 'binop', op: '**', left: base, right: this.factor() };
    return base;
  }

  private awaitPrimary(): Expr {
    if (this.atKeyword('await') && (this.minor >= 7 || this.scope().async)) {
      this.next();
      this.primary();
      return { k: 'other', what: 'await' };
    }
    return this.primary();
  }

  private primary(): Expr {
    const start = this.token;
    let value = this.atom();
    if (value.k === 'name' && this.observer?.name && !(this.annotationDepth > 0 && this.minor >= 14)) {
      const attribute = this.atOp('.') && this.peek().type === 'name' ? this.peek().value : undefined;
      this.observer.name(value.id, attribute, start, [...this.guards]);
    }
    while (true) {
      if (this.eatOp('.')) value = { k: 'attr', value, attr: this.identifier() };
      else if (this.atOp('(')) {
        const open = this.next();
        const call = this.atOp(')') ? { args: [], keywords: [] } : this.callArguments();
        this.expectOp(')');
        const expression: Expr = { k: 'call', func: value, args: call.args, keywords: call.keywords };
        this.noteDynamicImport(expression, open);
        this.observer?.call?.(expression, open, [...this.guards]);
        value = expression;
      } else if (this.eatOp('[')) {
        value = { k: 'subscript', value, slice: this.slices() };
        this.expectOp(']');
      } else return value;
    }
  }

  private noteDynamicImport(call: Expr & { k: 'call' }, at: Token): void {
    const func = call.func;
    const name = func.k === 'name' ? func.id : func.k === 'attr' ? func.attr : undefined;
    if (name !== 'import_module' && name !== '__import__') return;
    if (name === '__import__' && func.k !== 'name') return;
    const first = call.args[0];
    if (!first || first.k !== 'str' || first.value === null || first.value === '') return;
    const level = first.value.length - first.value.replace(/^\.+/, '').length;
    const statement: ImportStatement = { kind: 'dynamic', module: first.value.slice(level), level, names: [], line: at.line, col: at.col, guards: [...this.guards] };
    const packageArg = name === 'import_module' ? (call.args[1] ?? call.keywords.find((keyword) => keyword.name === 'package')?.value) : undefined;
    if (packageArg?.k === 'str' && packageArg.value !== null) statement.package = packageArg.value;
    this.imports.push(statement);
  }

  private callArguments(): { args: Expr[]; keywords: Array<{ name: string | null; value: Expr }> } {
    const args: Expr[] = [];
    const keywords: Array<{ name: string | null; value: Expr }> = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    while (!this.atOp(')')) {
      if (this.eatOp('**')) {
        keywords.push({ name: null, value: this.expression() });
        sawDoubleStar = true;
      } else if (this.atOp('*')) {
        const start = this.next();
        if (sawDoubleStar) this.fail('iterable argument unpacking follows keyword argument unpacking');
        args.push({ k: 'starred', value: this.expression() });
        if (this.atKeyword('for') || this.atKeyword('async')) {
          if (args.length > 1 || keywords.length > 0) this.fail('Generator expression must be parenthesized', start);
          this.unpackingComprehension('*', start);
          if (!this.atOp(')')) this.fail('Generator expression must be parenthesized', start);
          args[0] = { k: 'other', what: 'generator expression' };
          break;
        }
      } else if (this.atIdentifier() && this.peek().type === 'op' && this.peek().value === '=') {
        const name = this.identifier();
        this.next();
        keywords.push({ name, value: this.expression() });
        sawKeyword = true;
      } else {
        const start = this.token;
        const value = this.namedExpression();
        if (this.atOp('=')) this.fail('expression cannot contain assignment, perhaps you meant "=="?', start);
        if (this.atKeyword('for') || this.atKeyword('async')) {
          this.comprehension();
          if (args.length > 0 || keywords.length > 0 || !this.atOp(')')) this.fail('Generator expression must be parenthesized', start);
          args.push({ k: 'other', what: 'generator expression' });
          break;
        }
        if (sawDoubleStar) this.fail('positional argument follows keyword argument unpacking', start);
        if (sawKeyword) this.fail('positional argument follows keyword argument', start);
        args.push(value);
      }
      if (!this.eatOp(',')) break;
    }
    return { args, keywords };
  }

  private slices(): Expr {
    const first = this.slice();
    if (!this.atOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.atOp(']')) break;
      elts.push(this.slice());
    }
    return { k: 'tuple', elts };
  }

  private slice(): Expr {
    if (this.atOp('*') && this.minor >= 11) {
      this.next();
      return { k: 'starred', value: this.bitwiseOr() };
    }
    let lower: Expr | null = null;
    if (!this.atOp(':')) {
      lower = this.namedExpression();
      if (!this.atOp(':')) return lower;
    }
    this.expectOp(':');
    let upper: Expr | null = null;
    let step: Expr | null = null;
    if (!this.atOp(']') && !this.atOp(',') && !this.atOp(':')) upper = this.expression();
    if (this.eatOp(':') && !this.atOp(']') && !this.atOp(',')) step = this.expression();
    return { k: 'slice', lower, upper, step };
  }

  private comprehension(): void {
    do {
      this.eatKeyword('async');
      this.expectKeyword('for');
      const start = this.token;
      const first = this.starTarget();
      let target = first;
      if (this.atOp(',')) {
        const elts = [first];
        while (this.eatOp(',')) {
          if (this.atKeyword('in')) break;
          elts.push(this.starTarget());
        }
        target = { k: 'tuple', elts };
      }
      this.checkTarget(target, 'comprehension', start);
      this.expectKeyword('in');
      this.disjunction();
      while (this.eatKeyword('if')) this.disjunction();
    } while (this.atKeyword('for') || (this.atKeyword('async') && this.peek().value === 'for'));
  }

  /** `*` and any expression after it, as a generator unpacks it (`(*a or b for a in c)`, 3.15 on). */
  private unpacked(): Expr {
    this.expectOp('*');
    return { k: 'starred', value: this.expression() };
  }

  /**
   * Whether tokens [from, to) hold no more than a bitwise or: no boolean operator, comparison,
   * conditional or lambda outside brackets. For what was read as an expression where only a
   * display's item may stand; in linear work, as each item is looked at once.
   */
  private onlyBitwiseOr(from: number, to: number): boolean {
    let depth = 0;
    for (let at = from; at < to; at++) {
      const token = this.tokens[at]!;
      if (token.type === 'op') {
        if (token.value === '(' || token.value === '[' || token.value === '{') depth++;
        else if (token.value === ')' || token.value === ']' || token.value === '}') depth--;
        else if (depth === 0 && COMPARISON.has(token.value)) return false;
      } else if (depth === 0 && token.type === 'name' && BEYOND_BITWISE_OR.has(token.value)) return false;
    }
    return true;
  }

  /** The clauses of a comprehension whose element is unpacked (`[*a for a in b]`, `{**d for d in e}`): 3.15 on (PEP 798). */
  private unpackingComprehension(star: '*' | '**', start: Token): void {
    if (this.minor < 15) this.fail(star === '*' ? 'iterable unpacking cannot be used in comprehension' : 'dict unpacking cannot be used in dict comprehension', start);
    this.comprehension();
  }

  private yieldExpression(): Expr {
    this.next();
    if (this.eatKeyword('from')) this.expression();
    else if (this.startsExpression() && !this.atOp(')')) this.starExpressions();
    return { k: 'other', what: 'yield' };
  }

  private atom(): Expr {
    const token = this.token;
    switch (token.type) {
      case 'name': {
        if (token.value === 'None' || token.value === 'True' || token.value === 'False') {
          this.next();
          return { k: 'const', value: token.value };
        }
        if (this.isKeyword(token.value)) this.fail();
        this.next();
        return { k: 'name', id: token.value };
      }
      case 'number': {
        this.next();
        const text = token.value.replace(/_/g, '');
        const value = /^[0-9]+$/.test(text) ? Number(text) : /^[0-9]*\.[0-9]+$/.test(text) ? Number(text) : null;
        return { k: 'num', value };
      }
      case 'string':
        return this.strings();
      case 'op':
        switch (token.value) {
          case '(':
            return this.parenthesized();
          case '[':
            return this.listDisplay();
          case '{':
            return this.braceDisplay();
          case '...':
            this.next();
            return { k: 'const', value: '...' };
        }
    }
    this.fail();
  }

  private strings(): Expr {
    let value: string | null = '';
    let kind: 'bytes' | 'text' | 'template' | undefined;
    while (this.atType('string')) {
      const token = this.next();
      const prefix = token.prefix ?? '';
      const thisKind = prefix.includes('b') ? 'bytes' : prefix.includes('t') ? 'template' : 'text';
      if (kind && kind !== thisKind && (kind === 'template' || thisKind === 'template')) this.fail('cannot mix t-string literals with string or bytes literals', token);
      if (kind && kind !== thisKind) this.fail('cannot mix bytes and nonbytes literals', token);
      kind = thisKind;
      if (prefix.includes('f')) {
        value = null;
        continue;
      }
      if (value !== null) value = prefix.includes('r') ? value + token.body! : appendDecoded(value, token.body!);
    }
    // A t-string is a Template, not a string: always true, no text to read.
    if (kind === 'template') return { k: 'other', what: 't-string' };
    // The value may be kept in the scan's result (in a guard, `__all__`, a dynamic import).
    return { k: 'str', value: kind === 'bytes' || value === null ? null : ownString(value) };
  }

  private parenthesized(): Expr {
    this.next();
    if (this.eatOp(')')) return { k: 'tuple', elts: [] };
    if (this.atKeyword('yield')) {
      const value = this.yieldExpression();
      this.expectOp(')');
      return value;
    }
    const start = this.token;
    const from = this.i;
    // A generator unpacks any expression (`(*a or b for a in c)`, 3.15 on), a tuple only a bitwise or.
    const first = this.atOp('*') ? this.unpacked() : this.namedExpression();
    if (this.atKeyword('for') || this.atKeyword('async')) {
      if (first.k === 'starred') this.unpackingComprehension('*', start);
      else this.comprehension();
      this.expectOp(')');
      return { k: 'other', what: 'generator expression' };
    }
    if (this.eatOp(')')) {
      if (first.k === 'starred') this.fail('cannot use starred expression here');
      return first;
    }
    if (first.k === 'starred' && !this.onlyBitwiseOr(from, this.i)) this.fail('invalid syntax', start);
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.atOp(')')) break;
      elts.push(this.atOp('*') ? this.starExpression() : this.namedExpression());
    }
    this.expectOp(')');
    return { k: 'tuple', elts };
  }

  private listDisplay(): Expr {
    this.next();
    const elts: Expr[] = [];
    if (this.eatOp(']')) return { k: 'list', elts };
    const start = this.token;
    const first = this.atOp('*') ? this.starExpression() : this.namedExpression();
    if (this.atKeyword('for') || this.atKeyword('async')) {
      if (first.k === 'starred') this.unpackingComprehension('*', start);
      else this.comprehension();
      this.expectOp(']');
      return { k: 'other', what: 'list comprehension' };
    }
    elts.push(first);
    while (this.eatOp(',')) {
      if (this.atOp(']')) break;
      elts.push(this.atOp('*') ? this.starExpression() : this.namedExpression());
    }
    this.expectOp(']');
    return { k: 'list', elts };
  }

  private braceDisplay(): Expr {
    this.next();
    if (this.eatOp('}')) return { k: 'other', what: 'dict' };
    let isDict: boolean;
    const start = this.token;
    if (this.eatOp('**')) {
      // 3.15's `{**a for ...}` unpacks any expression; a display's `**a` only a bitwise or.
      if (this.minor >= 15) {
        const from = this.i;
        this.expression();
        if (!this.atKeyword('for') && !this.atKeyword('async') && !this.onlyBitwiseOr(from, this.i)) {
          this.fail(this.tokens.slice(from, this.i).some((token) => token.type === 'name' && token.value === 'if') ? 'invalid double starred expression. Did you forget to wrap the conditional expression in parentheses?' : 'cannot use dict unpacking here', start);
        }
      } else this.bitwiseOr();
      if (this.atKeyword('for') || this.atKeyword('async')) {
        this.unpackingComprehension('**', start);
        this.expectOp('}');
        return { k: 'other', what: 'dict comprehension' };
      }
      isDict = true;
    } else {
      const first = this.atOp('*') ? this.starExpression() : this.namedExpression();
      if (this.eatOp(':')) {
        if (first.k === 'starred') this.fail();
        this.expression();
        isDict = true;
      } else isDict = false;
      if (this.atKeyword('for') || this.atKeyword('async')) {
        if (first.k === 'starred') this.unpackingComprehension('*', start);
        else this.comprehension();
        this.expectOp('}');
        return { k: 'other', what: isDict ? 'dict comprehension' : 'set comprehension' };
      }
    }
    const elts: Expr[] = [];
    while (this.eatOp(',')) {
      if (this.atOp('}')) break;
      if (isDict) {
        if (this.eatOp('**')) this.bitwiseOr();
        else {
          this.expression();
          this.expectOp(':');
          this.expression();
        }
      } else elts.push(this.atOp('*') ? this.starExpression() : this.namedExpression());
    }
    this.expectOp('}');
    return isDict ? { k: 'other', what: 'dict' } : { k: 'set', elts };
  }
}

/** A short name for an expression, as CPython's messages use. */
function describe(expression: Expr): string {
  switch (expression.k) {
    case 'call':
      return 'function call';
    case 'str':
    case 'num':
      return 'literal';
    case 'const':
      return expression.value === '...' ? 'ellipsis' : expression.value;
    case 'compare':
      return 'comparison';
    case 'boolop':
    case 'not':
    case 'unary':
    case 'binop':
      return 'expression';
    case 'other':
      return expression.what;
    default:
      return expression.k;
  }
}

/** The names an `except` clause catches: `ImportError`, `(A, b.C)` -> `['A', 'C']`. */
function exceptionNames(expression: Expr): string[] {
  if (expression.k === 'name') return [expression.id];
  if (expression.k === 'attr') return [expression.attr];
  if (expression.k === 'tuple') return expression.elts.flatMap(exceptionNames);
  return ['?'];
}

/** `contextlib.suppress(ImportError)` or `suppress(...)`: the exceptions it swallows. */
function suppressedExceptions(context: Expr): string[] {
  if (context.k !== 'call') return [];
  const func = context.func;
  const name = func.k === 'name' ? func.id : func.k === 'attr' ? func.attr : '';
  if (name !== 'suppress') return [];
  return context.args.flatMap(exceptionNames);
}

function literalStrings(value: Expr): string[] | undefined {
  if (value.k !== 'list' && value.k !== 'tuple') return undefined;
  const names: string[] = [];
  for (const element of value.elts) {
    if (element.k !== 'str' || element.value === null) return undefined;
    names.push(element.value);
  }
  return names;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** Decodes the common escapes of a non-raw string body (enough for module names and `__all__`). */
function appendDecoded(value: string, body: string): string {
  if (!body.includes('\\')) return value + body;
  return value + body.replace(/\\(\r\n|\n|\r|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|.)/gs, (match, escape: string) => {
    if (escape === '\n' || escape === '\r' || escape === '\r\n') return '';
    if (/^[xuU]/.test(escape)) return String.fromCodePoint(parseInt(escape.slice(1), 16));
    if (/^[0-7]+$/.test(escape)) return String.fromCodePoint(parseInt(escape, 8));
    return SIMPLE_ESCAPES[escape] ?? match;
  });
}

/** Calls that end the program: `sys.exit()`, `exit()`, `quit()`, `os._exit()`. */
function endsProgram(func: Expr): boolean {
  if (func.k === 'name') return func.id === 'exit' || func.id === 'quit';
  return func.k === 'attr' && func.value.k === 'name' && ((func.value.id === 'sys' && func.attr === 'exit') || (func.value.id === 'os' && func.attr === '_exit'));
}
