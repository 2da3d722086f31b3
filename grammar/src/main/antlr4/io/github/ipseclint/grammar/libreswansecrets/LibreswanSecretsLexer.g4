// SPDX-License-Identifier: Apache-2.0
// Libreswan ipsec.secrets as read by pluto (lib/libswan/lex.c, secrets.c): records of tokens;
// a token at column 0 starts a record, indented lines continue it. The reader splits physical
// lines longer than 2047 bytes before lexing (see README.md).
lexer grammar LibreswanSecretsLexer;
import CommonLexer;

tokens { NEWLINE, WORD, QUOTED, UNTERMINATED, TEXT_TOKEN }
channels { COMMENTS }

// DEFAULT is active only at line start. Trailing whitespace (blanks, CR) is stripped upstream,
// so blank lines may carry CRs.
BLANK_LINE   : [ \t\r]* F_Newline -> channel(HIDDEN);
COMMENT_LINE : F_Blank* F_Comment -> channel(COMMENTS);
// An indented line continues the current record.
INDENT       : F_Blank+ -> pushMode(M_Line);
// Any token at column 0 starts a new record.
D_QUOTED     : F_Quoted -> type(QUOTED), pushMode(M_Line);
D_UNTERM     : F_Unterminated -> type(UNTERMINATED), pushMode(M_Line);
D_TEXT       : F_Text -> type(TEXT_TOKEN), pushMode(M_Line);
D_WORD       : F_Word -> type(WORD), pushMode(M_Line);
D_CR         : '\r' -> channel(HIDDEN), pushMode(M_Line);

mode M_Line;
// '#' starts a comment only where a token would start (words may contain '#').
L_COMMENT    : F_Comment -> channel(COMMENTS);
L_QUOTED     : F_Quoted -> type(QUOTED);
L_UNTERM     : F_Unterminated -> type(UNTERMINATED);
L_TEXT       : F_Text -> type(TEXT_TOKEN);
L_WORD       : F_Word -> type(WORD);
L_BLANK      : [ \t\r]+ -> channel(HIDDEN);
L_NEWLINE    : F_Newline -> type(NEWLINE), popMode;

// "…", '…' or `…`, no escapes, never across lines.
fragment F_Quoted       : '"' ~["\n]* '"' | '\'' ~['\n]* '\'' | '`' ~[`\n]* '`' ;
// No closing quote: the rest of the line, the opening quote included, trailing blanks excluded.
// Shorter than F_Quoted whenever a closing quote exists.
fragment F_Unterminated : '"' (~["\n]* ~[" \t\r\n])? | '\'' (~['\n]* ~[' \t\r\n])?
                        | '`' (~[`\n]* ~[` \t\r\n])? ;
// A lower-case 0t token runs to the end of the line (blanks and '#' included).
fragment F_Text         : '0t' (~[\n]* ~[ \t\r\n])? ;
// A trailing ':' is split off by the tree builder (the lexer cannot look behind).
fragment F_Word         : ~[ \t\r\n"'`#] ~[ \t\r\n]* ;
