r"""Fill translations into a .ts file from a TSV of ``context<TAB>source<TAB>translation``.

Usage: ``python -m tools.ts_fill resources/i18n/apvdesk_da.ts translations.tsv``.
Escape a newline in the TSV as ``\\n``. Lines starting with ``#`` are ignored.
Prints the entries that are still unfinished afterwards.
"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def fill(ts_path: Path, tsv_path: Path) -> list[tuple[str, str]]:
    wanted: dict[tuple[str, str], str] = {}
    for line in tsv_path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        context, source, translation = line.split("\t")
        wanted[(context, unescape(source))] = unescape(translation)
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            key = (name, source)
            if key in wanted:
                if message.get("numerus") == "yes":
                    for form in translation.findall("numerusform"):
                        form.text = wanted[key]
                else:
                    translation.text = wanted[key]
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished":
                missing.append(key)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    for context, source in fill(Path(sys.argv[1]), Path(sys.argv[2])):
        print(f"{context}\t{source}")
