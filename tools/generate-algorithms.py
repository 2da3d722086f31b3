#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Builds ipseclint's algorithm catalog (a YAML resource) from the algorithm research in ../shared/data.

The shared algorithms.tsv is the research record (one row per keyword as users write it, with
commentary in most cells). The project keeps the facts it uses in its own typed form: one entry
per keyword and implementation (a "both" row becomes two entries), the transform type, the IANA
name and id, key lengths, strengths, the protocols per IKE version, the releases that accept the
keyword, and one machine status per guidance document with the original wording kept as text.
Run it again when the facts change:  python3 tools/generate-algorithms.py ../shared/data
"""
import csv
import json
import pathlib
import re
import sys

OUT = pathlib.Path(__file__).resolve().parent.parent / \
    "linter-core/src/main/resources/io/github/ipseclint/crypto/algorithms.yaml"

# Ciphers whose key length is fixed by the algorithm; every other cipher carries "_<bits>" in the
# canonical text of algorithms.md section 1.3.
FIXED_LENGTH_CIPHERS = {"ENCR_3DES", "ENCR_DES", "ENCR_NULL", "ENCR_CHACHA20_POLY1305"}

# The ESN values have no "ENCR_"-style IANA identifier; section 1.3 names them like this.
ESN_NAMES = {
    "NO_EXT_SEQ_NUMBERS": "NO_EXT_SEQ",
    "EXT_SEQ_NUMBERS": "EXT_SEQ",
    "32-bit": "32BIT_UNSPEC",
}

# First words of the status cells (algorithms.md section 0.2), longest first.
RFC_LEVELS = [
    ("MAY (not listed", "NOT_LISTED"), ("SHOULD NOT", "SHOULD_NOT"), ("MUST NOT", "MUST_NOT"),
    ("SHOULD+", "SHOULD_PLUS"), ("MUST-", "MUST_MINUS"), ("MUST", "MUST"), ("SHOULD", "SHOULD"),
    ("MAY", "MAY"), ("DEPRECATED", "DEPRECATED"), ("NOT-ALLOWED", "NOT_ALLOWED"),
    ("optional", "OPTIONAL"), ("allowed in ESP/AH", "OPTIONAL"), ("N/A", "NOT_APPLICABLE"),
    ("n/a", "NOT_APPLICABLE"), ("-", "NOT_APPLICABLE"),
]
NIST_LEVELS = [
    ("acceptable", "ACCEPTABLE"), ("restricted", "RESTRICTED"), ("disallowed", "DISALLOWED"),
    ("not-approved", "NOT_APPROVED"), ("not allowed", "NOT_APPROVED"), ("approved", "APPROVED"),
    ("n/a", "NOT_APPLICABLE"), ("-", "NOT_APPLICABLE"),
]
BSI_LEVELS = [
    ("recommended in hybrid", "RECOMMENDED_IN_HYBRID"), ("recommended", "RECOMMENDED"),
    ("not recommended", "NOT_RECOMMENDED"), ("not listed", "NOT_LISTED"),
    ("n/a", "NOT_APPLICABLE"), ("-", "NOT_APPLICABLE"),
]
CNSA_LEVELS = [
    ("approved algorithm", "APPROVED_ALGORITHM"), ("approved", "APPROVED"), ("required", "REQUIRED"),
    ("CNSA 1.0", "CNSA1_ONLY"), ("not approved", "NOT_APPROVED"), ("n/a", "NOT_APPLICABLE"),
    ("-", "NOT_APPLICABLE"),
]


def level(cell, vocabulary, column):
    for prefix, value in sorted(vocabulary, key=lambda pair: -len(pair[0])):
        if cell.startswith(prefix):
            return {"level": value, "text": cell}
    raise SystemExit(f"unknown {column} status: {cell!r}")


def year(cell):
    """A 'last good year' cell; '2031+' means beyond the document's horizon."""
    if cell in ("-", ""):
        return None, False
    return int(cell.rstrip("+")), cell.endswith("+")


def number(cell):
    """Leading number of a cell ('256 (NIST cat. 5)' -> 256). An upper bound '<80' becomes 79 so
    that it compares below every threshold of 80 bits."""
    match = re.match(r"(<)?(\d+)", cell)
    if not match:
        return None
    return int(match.group(2)) - (1 if match.group(1) else 0)


def key_bits(cell):
    """'128+256' (Libreswan proposes both) and '128-256' (a range) list the lengths; '-' none."""
    if cell == "-":
        return []
    return [int(part) for part in re.split(r"[+-]", cell)]


def split_per_implementation(cell, implementation):
    """A 'both' row writes 'strongswan: ... | libreswan: ...' in some columns."""
    if " | " not in cell:
        return cell
    for part in cell.split(" | "):
        name, _, rest = part.partition(": ")
        if name == implementation:
            return rest
    raise SystemExit(f"no {implementation} part in {cell!r}")


def protocols(text):
    words = re.split(r"[,/ ]+", re.sub(r"\([^)]*\)", "", text))
    found = []
    for word in words:
        for protocol in ("IKE", "ESP", "AH"):
            if word.startswith(protocol) and protocol not in found and (protocol != "IKE" or word in ("IKE", "IKEv2", "IKEv1")):
                found.append(protocol)
    return found


def usable_in(text, implementation):
    """Protocols per IKE version. strongSwan's 'IKEv2' marks AEAD ciphers, unusable in IKEv1's IKE SA."""
    if implementation == "libreswan" and "IKEv" in text and ":" in text:
        result = {"ikev1": [], "ikev2": []}
        for part in text.split(";"):
            version, _, rest = part.strip().partition(":")
            key = "ikev1" if version.strip() == "IKEv1" else "ikev2"
            result[key] = protocols(rest)
        return result
    both = protocols(text)
    ikev1 = [p for p in both if p != "IKE" or "IKEv2" not in text]
    return {"ikev1": ikev1, "ikev2": both}


def versions(cell):
    """'any', '>=X.Y.Z', '>=X,<Y', '<Y', with Libreswan's ';not-default-build[>=X.Y]'."""
    result = {"since": None, "removedIn": None, "notBuiltByDefaultSince": None}
    if cell == "-":
        return None
    parts = cell.split(";")
    for bound in parts[0].split(","):
        if bound.startswith(">="):
            result["since"] = bound[2:]
        elif bound.startswith("<"):
            result["removedIn"] = bound[1:]
        elif bound != "any":
            raise SystemExit(f"unknown version bound {cell!r}")
    if len(parts) > 1:
        flag = parts[1]
        if not flag.startswith("not-default-build"):
            raise SystemExit(f"unknown version flag {cell!r}")
        result["notBuiltByDefaultSince"] = flag[len("not-default-build>="):] or "0"
    return result


def iana_name(cell, transform_type):
    first = cell.split(" ")[0]
    if transform_type == "ESN":
        return ESN_NAMES[first]
    return first


def entry(row, implementation):
    transform_type = "ESN" if row["transform_type"].startswith("ESN") else row["transform_type"]
    name = iana_name(row["canonical_name"], transform_type)
    bits = key_bits(row["key_bits"])
    iana = row["iana_transform_id"]
    nist_deprecated, _ = year(row["nist_deprecated_after"])
    nist_disallowed, _ = year(row["nist_disallowed_after"])
    bsi_until, bsi_beyond = year(row["bsi_recommended_until"])
    return {
        "keyword": row["keyword"],
        "implementation": implementation,
        "type": transform_type,
        "name": name,
        "ianaId": int(iana) if iana.isdigit() else None,
        "ianaNote": "" if iana.isdigit() else iana,
        "keyBits": bits,
        "variableKeyLength": transform_type == "ENCR" and name not in FIXED_LENGTH_CIPHERS and bool(bits),
        "strengthBits": number(row["strength_bits"]),
        "icvBits": number(row["icv_bits"]),
        "aead": row["aead"] == "yes",
        "usableIn": usable_in(split_per_implementation(row["usable_in"], implementation), implementation),
        "versions": versions(row[f"{implementation}_versions"]),
        "rfc8247": level(row["ikev2_rfc8247"], RFC_LEVELS, "RFC 8247"),
        "rfc8221": level(row["esp_ah_rfc8221"], RFC_LEVELS, "RFC 8221"),
        "nist": dict(level(row["nist_status"], NIST_LEVELS, "NIST"),
                     deprecatedAfter=nist_deprecated, disallowedAfter=nist_disallowed),
        "bsi": dict(level(row["bsi_tr_02102_3"], BSI_LEVELS, "BSI"),
                    recommendedUntil=bsi_until, beyondHorizon=bsi_beyond),
        "cnsa": level(row["cnsa_2_0"], CNSA_LEVELS, "CNSA"),
    }


def main(data_dir):
    with open(pathlib.Path(data_dir) / "algorithms.tsv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    algorithms, syntax = [], []
    for row in rows:
        implementations = ["strongswan", "libreswan"] if row["implementation"] == "both" \
            else [row["implementation"]]
        for implementation in implementations:
            if row["transform_type"] == "META":
                syntax.append({"keyword": row["keyword"], "implementation": implementation,
                               "versions": versions(row[f"{implementation}_versions"]),
                               "usage": row["usable_in"]})
            else:
                algorithms.append(entry(row, implementation))
    lines = [
        "# Generated by tools/generate-algorithms.py from the project's algorithm research; do not edit.",
        "# One entry per keyword and implementation; statuses: RFC 8247 (IKE), RFC 8221 (ESP/AH), NIST,",
        "# BSI TR-02102-3, CNSA 2.0, each as a machine level plus the research wording.",
        "algorithms:",
    ]
    lines += [f"  - {json.dumps(item, ensure_ascii=False)}" for item in algorithms]
    lines.append("syntax:")
    lines += [f"  - {json.dumps(item, ensure_ascii=False)}" for item in syntax]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"algorithms: {len(rows)} rows, {len(algorithms)} entries, {len(syntax)} syntax elements")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
