// SPDX-License-Identifier: Apache-2.0
// Fragments shared by the format lexers. Only fragments live here: each format keeps its own
// token rules, because the daemons disagree on almost every lexical detail (formats.md §1).
// The lexers run over ISO-8859-1 text, so one char is one byte of the file.
lexer grammar CommonLexer;

// SPACE or TAB: "blank" in formats.md.
fragment F_Blank : [ \t] ;

// Only LF ends a line; what a CR means differs per format and is decided in each lexer.
fragment F_Newline : '\n' ;

// A comment runs to the end of the line, the line feed excluded.
fragment F_Comment : '#' ~[\n]* ;
