// SPDX-License-Identifier: Apache-2.0
// Libreswan ipsec.conf, following the 5.4 bison grammar (lib/libswan/ipsecconf/parser.y) as
// described in formats.md §5.2. Each file is parsed on its own: the reader splices included
// files in and checks there that parameter lines follow a section header (README.md).
parser grammar LibreswanParser;

options { tokenVocab = LibreswanLexer; }

// `version` is accepted only before the first section.
configFile  : EOL* versionLine? statement* EOF ;

versionLine : VERSION value EOL ;

statement   : setupHeader
            | connHeader
            | includeLine
            | paramLine
            | EOL
            ;

setupHeader : CONFIG SETUP EOL ;

// Exactly one name token: `conn a b` and a bare `conn` are syntax errors.
connHeader  : CONN value EOL ;

// Column 0 only: an indented include is FIRST_SPACES INCLUDE, which no rule accepts.
includeLine : INCLUDE value EOL ;

paramLine   : FIRST_SPACES param? EOL ;

param       : KEYWORD EQUAL value?      # keywordParam
            | XKEY (EQUAL XVALUE?)?     # commentParam
            ;

value       : QUOTED | BRACED | RAW ;
