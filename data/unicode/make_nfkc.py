#!/usr/bin/env python3
"""Writes the Unicode normalization tables from Python's unicodedata: nfkc.tsv (compatibility, NFKC) by
default, nfc.tsv (canonical, NFC) when given NFC.

  python3 make_nfkc.py > nfkc.tsv
  python3 make_nfkc.py NFC > nfc.tsv

The tables are facts of the Unicode Character Database; the version is recorded in the header.
"""
import sys
import unicodedata as ucd

HANGUL_SYLLABLES = range(0xAC00, 0xD7A4)  # decomposed and composed algorithmically
SURROGATES = range(0xD800, 0xE000)


def hex_codes(text):
    return " ".join(f"{ord(c):04X}" for c in text)


def main():
    form = sys.argv[1] if len(sys.argv) > 1 else "NFKC"
    decomposed, kind = ("NFKD", "compatibility") if form == "NFKC" else ("NFD", "canonical")
    print(f"# Unicode {kind} normalization ({form}) tables, Unicode {ucd.unidata_version}.")
    print("# Derived from the Unicode Character Database by make_nfkc.py; see data/README.md for the licence.")
    print("# ccc: first code point, last code point, canonical combining class (ranges of the same non-zero class).")
    print(f"# decompose: code point, its full {kind} decomposition ({decomposed}); Hangul syllables are algorithmic.")
    print("# compose: starter, following character, the primary composite they compose to.")
    print("# kind\tcode\tvalue")
    ranges = []
    for cp in range(0x110000):
        cls = ucd.combining(chr(cp))
        if cls and ranges and ranges[-1][1] == cp - 1 and ranges[-1][2] == cls:
            ranges[-1][1] = cp
        elif cls:
            ranges.append([cp, cp, cls])
    for first, last, cls in ranges:
        print(f"ccc\t{first:04X} {last:04X}\t{cls}")
    for cp in range(0x110000):
        if cp in HANGUL_SYLLABLES or cp in SURROGATES:
            continue
        ch = chr(cp)
        full = ucd.normalize(decomposed, ch)
        if full != ch:
            print(f"decompose\t{cp:04X}\t{hex_codes(full)}")
    for cp in range(0x110000):
        if cp in HANGUL_SYLLABLES or cp in SURROGATES:
            continue
        ch = chr(cp)
        mapping = ucd.decomposition(ch)
        # A primary composite: a canonical pair that NFC keeps composed (not excluded from composition).
        if mapping and not mapping.startswith("<") and len(mapping.split()) == 2 and ucd.normalize("NFC", ch) == ch:
            print(f"compose\t{mapping}\t{cp:04X}")


if __name__ == "__main__":
    main()
