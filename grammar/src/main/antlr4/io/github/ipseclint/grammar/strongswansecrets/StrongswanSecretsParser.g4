// SPDX-License-Identifier: Apache-2.0
// Deliberately permissive: every line the lexer can produce parses, and the tree builder reports
// what the daemon rejects with the daemon's own message (missing separator, missing token ...).
parser grammar StrongswanSecretsParser;
options { tokenVocab = StrongswanSecretsLexer; }

secretsFile : line* EOF ;
line        : includeLine | entryLine ;
includeLine : INCLUDE INCLUDE_PATTERN? INCLUDE_REST? NEWLINE ;
entryLine   : (NO_SELECTORS | selector* SEPARATOR) typeToken? NEWLINE   # entry
            | selector+ NEWLINE                                         # noSeparator
            ;
selector    : SELECTOR_WORD | SELECTOR_QUOTED | SELECTOR_UNTERMINATED ;
// The first token after the type is the value, every later one trailing. Written as
// "(value trailing*)?", not "value? trailing*": the same trees, but the latter is ambiguous (a
// first token could be either), which made ANTLR run full-context prediction on every entry.
typeToken   : TYPE (TYPE_BLANK (value trailing*)?)? ;
value       : VALUE_QUOTED | VALUE_UNTERM | VALUE_WORD ;
trailing    : VALUE_QUOTED | VALUE_UNTERM | VALUE_WORD ;
