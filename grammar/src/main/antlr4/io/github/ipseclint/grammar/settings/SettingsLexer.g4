// SPDX-License-Identifier: Apache-2.0
// strongSwan settings syntax (swanctl.conf, strongswan.conf), following libstrongswan's
// settings_lexer.l of 5.7.0 and later (formats.md §3.1). Newlines matter only inside values.
lexer grammar SettingsLexer;
import CommonLexer;

tokens { NAME, REFNAME, EQ, LBRACE, RBRACE, COMMA, COLON, DOT, VALUE_WORD, QUOTED,
  UNTERMINATED, BAD_STRING, INCLUDE, INCLUDE_KEY, INCLUDE_PATTERN, INCLUDE_QUOTED }
channels { COMMENTS }

// Default state: between statements. Blanks, CR and LF are all insignificant here.
WHITESPACE : [ \t\r\n]+ -> channel(HIDDEN);
COMMENT    : F_Comment -> channel(COMMENTS);
// upstream: "include"{WS}+/[^=]. ANTLR has no trailing context, so `include` + one blank + `=`
// is matched as a whole (a key named include, S22); with more blanks the directive wins and the
// include mode ends its empty pattern at the '=' (S21).
INCLUDE_KEY : 'include' F_Blank '=' -> pushMode(M_Value);
INCLUDE     : 'include' F_Blank+ -> pushMode(M_Include);
LBRACE     : '{';
RBRACE     : '}';
COMMA      : ',';
// Never valid in the grammar: dots are not allowed in names since 5.7.0 (S01).
DOT        : '.';
COLON      : ':' -> pushMode(M_Ref);
EQ         : '=' -> pushMode(M_Value);
// upstream reports "unexpected string detected" at the quote; taking the rest of the quoted
// name (on its line) makes a quoted name cost one error.
BAD_STRING : '"' ~["\n]* '"'?;
NAME       : F_Name;

fragment F_Name    : ~[#{}:.,="\t \r\n]+;
fragment F_Escaped : ~["\\] | '\\' .;
// A quoted string; raw newlines are part of it.
fragment F_Quoted  : '"' F_Escaped* '"';

// After ':': a comma-separated list of absolute section paths (dots allowed here).
mode M_Ref;
M_Ref_BLANK   : [ \t\r\n]+ -> channel(HIDDEN);
M_Ref_COMMENT : F_Comment -> channel(COMMENTS);
M_Ref_COMMA   : ',' -> type(COMMA);
M_Ref_COLON   : ':' -> type(COLON);
M_Ref_NAME    : F_Name ('.' F_Name)* -> type(REFNAME);
// upstream re-reads any other byte in the default state; these are the bytes it can be.
M_Ref_LBRACE  : '{' -> type(LBRACE), popMode;
M_Ref_RBRACE  : '}' -> type(RBRACE), popMode;
M_Ref_DOT     : '.' -> type(DOT), popMode;
M_Ref_EQ      : '=' -> type(EQ), mode(M_Value);
M_Ref_QUOTE   : '"' ~["\n]* '"'? -> type(BAD_STRING), popMode;

// After '=': the value runs to LF, '#', '}' or end of file; '=', '{', ':', ',' and '.' are
// ordinary bytes here, CR is dropped.
mode M_Value;
M_Value_BLANK        : [ \t\r]+ -> channel(HIDDEN);
// The line feed takes the blanks and empty lines after it along: they are hidden either way, and
// every value line then costs one hidden token less (about a tenth of all tokens in the corpus).
M_Value_NEWLINE      : '\n' [ \t\r\n]* -> channel(HIDDEN), popMode;
M_Value_COMMENT      : F_Comment -> channel(COMMENTS), popMode;
M_Value_RBRACE       : '}' -> type(RBRACE), popMode;
M_Value_QUOTED       : F_Quoted -> type(QUOTED);
// End of file inside the string (longest match: shorter than QUOTED whenever a quote closes it).
M_Value_UNTERMINATED : '"' F_Escaped* '\\'? -> type(UNTERMINATED);
M_Value_WORD         : ~[#}"\r\n \t]+ -> type(VALUE_WORD);

// After `include` and its blanks: one pattern, ended by a blank, LF, '#', '}' or end of file;
// `\"`, `\#`, `\}` and `\ ` escape those bytes.
mode M_Include;
M_Include_PATTERN : F_IncludeFirst F_IncludeChar* -> type(INCLUDE_PATTERN);
M_Include_QUOTED  : F_Quoted -> type(INCLUDE_QUOTED), popMode;
M_Include_UNTERM  : '"' F_Escaped* '\\'? -> type(UNTERMINATED), popMode;
M_Include_BLANK   : [ \t\r]+ -> channel(HIDDEN), popMode;
M_Include_NEWLINE : '\n' -> channel(HIDDEN), popMode;
M_Include_COMMENT : F_Comment -> channel(COMMENTS), popMode;
M_Include_RBRACE  : '}' -> type(RBRACE), popMode;
// Only reachable right after the blanks (`include  = x`): the pattern is empty and upstream
// re-reads the '=' in the default state.
M_Include_EQ      : '=' -> type(EQ), mode(M_Value);

fragment F_IncludeFirst : ~[= \t\r\n#}"\\] | F_IncludeEscape;
fragment F_IncludeChar  : ~[ \t\r\n#}"\\] | F_IncludeEscape;
fragment F_IncludeEscape : '\\' ~[\r\n]?;
