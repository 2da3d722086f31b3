// SPDX-License-Identifier: Apache-2.0
// Records of tokens. What a record means (include, indices ':' kind secret) is decided by the
// tree builder, as pluto decides it token by token.
parser grammar LibreswanSecretsParser;
options { tokenVocab = LibreswanSecretsLexer; }

secretsFile  : orphanLine* record* EOF ;
// Indented lines before the first record: "file starts with indentation".
orphanLine   : INDENT token* NEWLINE ;
record       : firstLine continuation* ;
firstLine    : token+ NEWLINE ;
continuation : INDENT token* NEWLINE ;
token        : WORD | QUOTED | UNTERMINATED | TEXT_TOKEN ;
