// SPDX-License-Identifier: Apache-2.0
// Libreswan ipsec.conf, following the 5.4 bison grammar (lib/libswan/ipsecconf/parser.y) as
// described in formats.md §5.2. Each file is parsed on its own: the reader splices included
// files in and checks there that parameter lines follow a section header (README.md). What the
// tree builder reads is labelled, so that a file without errors needs no parse tree (labels do
// not change the ATN: prediction, error reports and recovery are those of the unlabelled rules).
parser grammar LibreswanParser;

options { tokenVocab = LibreswanLexer; }

// `version` is accepted only before the first section.
configFile  : EOL* version=versionLine? statements+=statement* EOF ;

versionLine : VERSION v=value EOL ;

statement   : setup=setupHeader
            | conn=connHeader
            | include=includeLine
            | parameters=paramLine
            | EOL
            ;

setupHeader : CONFIG setup=SETUP EOL ;

// Exactly one name token: `conn a b` and a bare `conn` are syntax errors.
connHeader  : CONN v=value EOL ;

// Column 0 only: an indented include is FIRST_SPACES INCLUDE, which no rule accepts.
includeLine : INCLUDE v=value EOL ;

paramLine   : FIRST_SPACES p=param? EOL ;

param       : key=KEYWORD EQUAL v=value?                  # keywordParam
            | key=XKEY (EQUAL comment=XVALUE?)?           # commentParam
            ;

value       : QUOTED | BRACED | RAW ;
