// SPDX-License-Identifier: Apache-2.0
// strongSwan ipsec.secrets as read by the stroke plugin (stroke_cred.c, utils/lexparser.c):
// one entry per line, no continuation lines. See README.md for the deviations.
lexer grammar StrongswanSecretsLexer;
import CommonLexer;

tokens { NEWLINE, SELECTOR_WORD, SELECTOR_QUOTED, SELECTOR_UNTERMINATED }
channels { COMMENTS }

// DEFAULT is active only at line start. Whole blank and comment lines win by length.
BLANK_LINE   : F_Blank* '\r'? F_Newline -> channel(HIDDEN);
COMMENT_LINE : F_Blank* F_Comment      -> channel(COMMENTS);
// "include" plus exactly one SPACE; a TAB makes it an (invalid) entry line.
INCLUDE      : F_Blank* 'include ' -> pushMode(M_Include);
// ": " at line start: an entry without selectors.
NO_SELECTORS : F_Blank* ': ' -> pushMode(M_Type);
LEAD         : F_Blank+ -> channel(HIDDEN), pushMode(M_Selectors);
D_QUOTED     : F_Quoted -> type(SELECTOR_QUOTED), pushMode(M_Selectors);
D_UNTERM     : F_Unterminated -> type(SELECTOR_UNTERMINATED), pushMode(M_Selectors);
D_WORD       : F_SelectorWord -> type(SELECTOR_WORD), pushMode(M_Selectors);
D_CR         : '\r' -> channel(HIDDEN);

// The selector list ends at the first SPACE ':' SPACE; blanks before it belong to the separator.
mode M_Selectors;
SEPARATOR     : F_Blank* ' : ' -> mode(M_Type);
S_QUOTED      : F_Quoted -> type(SELECTOR_QUOTED);
S_UNTERM      : F_Unterminated -> type(SELECTOR_UNTERMINATED);
S_WORD        : F_SelectorWord -> type(SELECTOR_WORD);
S_BLANK       : F_Blank+ -> channel(HIDDEN);
S_CR          : '\r' -> channel(HIDDEN);
S_NEWLINE     : F_Newline -> type(NEWLINE), popMode;

// Blanks, then the type token; only a blank after it leads on to the value.
mode M_Type;
TYPE          : F_Bytes -> mode(M_AfterType);
T_BLANK       : F_Blank+ -> channel(HIDDEN);
T_CR          : '\r' -> channel(HIDDEN);
T_NEWLINE     : F_Newline -> type(NEWLINE), popMode;

mode M_AfterType;
TYPE_BLANK    : F_Blank+ -> mode(M_Value);
A_CR          : '\r' -> channel(HIDDEN);
A_NEWLINE     : F_Newline -> type(NEWLINE), popMode;

// The value, then the tokens the daemon never reads (kept so that rules can warn).
mode M_Value;
VALUE_QUOTED  : F_Quoted;
VALUE_UNTERM  : F_Unterminated;
VALUE_WORD    : F_ValueWord;
V_BLANK       : F_Blank+ -> channel(HIDDEN);
V_CR          : '\r' -> channel(HIDDEN);
V_NEWLINE     : F_Newline -> type(NEWLINE), popMode;

mode M_Include;
// The pattern ends at the next SPACE only (a TAB is part of it); the rest of the line is ignored.
INCLUDE_PATTERN : F_IncludeByte+;
INCLUDE_REST    : ' ' (~[\n]* ~[\r\n])?;
I_CR            : '\r' -> channel(HIDDEN);
I_NEWLINE       : F_Newline -> type(NEWLINE), popMode;

// No escapes: a quoted string ends at the next identical quote byte on the line.
fragment F_Quoted       : '"' ~["\n]* '"' | '\'' ~['\n]* '\'' ;
// Shorter than F_Quoted whenever a closing quote exists, so it only wins when there is none.
fragment F_Unterminated : '"' (~["\n]* ~["\r\n])? | '\'' (~['\n]* ~['\r\n])? ;
// A CR is data except right before the line feed (the daemon strips one trailing CR).
fragment F_Bytes        : ~[ \t\r\n] (~[ \t\n]* ~[ \t\r\n])? ;
fragment F_SelectorWord : ~[ \t\r\n"'] (~[ \t\n]* ~[ \t\r\n])? ;
fragment F_ValueWord    : ~[ \t\r\n"'] (~[ \t\n]* ~[ \t\r\n])? ;
fragment F_IncludeByte  : ~[ \r\n] | '\r' ~[ \n] ;
