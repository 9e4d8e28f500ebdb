"""Reads an XML file with libxml2 (lxml) as a strict XML 1.0 parser, validates it against an XSD,
and prints the verdict and the element tree as JSON: {"valid", "errors", "root"}, each element
{"tag", "attributes", "text", "children"}. A file libxml2 cannot parse prints {"parsed": false}."""
import json
import sys

from lxml import etree


def element(node):
    return {
        "tag": node.tag,
        "attributes": dict(node.attrib),
        "text": node.text or "",
        "children": [element(child) for child in node if isinstance(child.tag, str)],
    }


def main(document, schema):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        tree = etree.parse(document, parser)
    except etree.XMLSyntaxError as error:
        print(json.dumps({"parsed": False, "error": str(error)}))
        return
    xsd = etree.XMLSchema(etree.parse(schema))
    valid = xsd.validate(tree)
    print(json.dumps({
        "parsed": True,
        "valid": valid,
        "errors": [f"{entry.line}: {entry.message}" for entry in xsd.error_log],
        "root": element(tree.getroot()),
    }))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
