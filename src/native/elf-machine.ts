/**
 * ELF machine numbers and the names people know them by. The architecture of an object is its
 * machine plus class, byte order and (for ARM) float ABI: what decides whether a loader on a given
 * image accepts it.
 */

export const EM_386 = 3;
export const EM_MIPS = 8;
export const EM_PPC = 20;
export const EM_PPC64 = 21;
export const EM_S390 = 22;
export const EM_ARM = 40;
export const EM_SPARCV9 = 43;
export const EM_IA_64 = 50;
export const EM_X86_64 = 62;
export const EM_AARCH64 = 183;
export const EM_RISCV = 243;
export const EM_LOONGARCH = 258;

const MACHINE_NAMES: ReadonlyMap<number, string> = new Map([
  [2, 'SPARC'],
  [EM_386, 'i386'],
  [EM_MIPS, 'MIPS'],
  [EM_PPC, 'PowerPC'],
  [EM_PPC64, 'PowerPC64'],
  [EM_S390, 'S/390'],
  [EM_ARM, 'ARM'],
  [EM_SPARCV9, 'SPARC V9'],
  [EM_IA_64, 'IA-64'],
  [EM_X86_64, 'x86-64'],
  [EM_AARCH64, 'AArch64'],
  [EM_RISCV, 'RISC-V'],
  [EM_LOONGARCH, 'LoongArch'],
]);

/** A readable name for an e_machine value. */
export function machineName(machine: number): string {
  return MACHINE_NAMES.get(machine) ?? `machine ${machine}`;
}

/** What a loader compares: an object loads only next to objects of the same architecture. */
export interface ElfArchitecture {
  elfClass: 32 | 64;
  endian: 'little' | 'big';
  machine: number;
  /** ARM only: the float calling convention (EF_ARM_ABI_FLOAT_HARD / _SOFT in e_flags). */
  armFloat?: 'hard' | 'soft';
}

const EF_ARM_ABI_FLOAT_SOFT = 0x200;
const EF_ARM_ABI_FLOAT_HARD = 0x400;

/** The float ABI an ARM object declares, if it declares one. */
export function armFloatAbi(flags: number): 'hard' | 'soft' | undefined {
  if (flags & EF_ARM_ABI_FLOAT_HARD) return 'hard';
  if (flags & EF_ARM_ABI_FLOAT_SOFT) return 'soft';
  return undefined;
}

/** The name an architecture goes by in distributions and image platforms: x86_64, aarch64, armhf, ppc64le... */
export function architectureName(arch: ElfArchitecture): string {
  const le = arch.endian === 'little';
  switch (arch.machine) {
    case EM_X86_64:
      return arch.elfClass === 64 ? 'x86_64' : 'x32';
    case EM_386:
      return 'i386';
    case EM_AARCH64:
      return le ? 'aarch64' : 'aarch64_be';
    case EM_ARM:
      return `arm${le ? '' : 'eb'}${arch.armFloat === 'hard' ? 'hf' : ''}`;
    case EM_PPC64:
      return le ? 'ppc64le' : 'ppc64';
    case EM_PPC:
      return 'ppc';
    case EM_S390:
      return arch.elfClass === 64 ? 's390x' : 's390';
    case EM_RISCV:
      return `riscv${arch.elfClass}`;
    case EM_MIPS:
      return `mips${arch.elfClass === 64 ? '64' : ''}${le ? 'el' : ''}`;
    case EM_LOONGARCH:
      return `loongarch${arch.elfClass}`;
    default:
      return `${machineName(arch.machine)} ${arch.elfClass}-bit ${arch.endian}-endian`;
  }
}

/**
 * Whether a glibc loader of architecture `host` accepts an object of architecture `object`: same
 * class, byte order and machine; on ARM also the same float ABI (glibc refuses a soft-float object
 * in a hard-float process and the reverse; an object that declares neither is accepted).
 */
export function sameArchitecture(host: ElfArchitecture, object: ElfArchitecture): boolean {
  if (host.elfClass !== object.elfClass || host.endian !== object.endian || host.machine !== object.machine) return false;
  if (host.machine === EM_ARM && host.armFloat && object.armFloat && host.armFloat !== object.armFloat) return false;
  return true;
}
