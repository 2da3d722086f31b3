// SPDX-License-Identifier: Apache-2.0
// Records of tokens. What a record means (include, indices ':' kind secret) is decided by the
// tree builder, as pluto decides it token by token. The parser collects the tokens in labelled
// lists (no rule per token), so the tree builder needs no parse tree: a rule context per token was
// a large part of the time spent on the corpus' small files.
parser grammar LibreswanSecretsParser;
options { tokenVocab = LibreswanSecretsLexer; }

secretsFile  : orphans+=orphanLine* records+=record* EOF ;
// Indented lines before the first record: "file starts with indentation".
orphanLine   : INDENT (tokens+=(WORD | QUOTED | UNTERMINATED | TEXT_TOKEN))* NEWLINE ;
record       : first=firstLine continuations+=continuation* ;
firstLine    : (tokens+=(WORD | QUOTED | UNTERMINATED | TEXT_TOKEN))+ NEWLINE ;
continuation : INDENT (tokens+=(WORD | QUOTED | UNTERMINATED | TEXT_TOKEN))* NEWLINE ;
