// SPDX-License-Identifier: Apache-2.0
// strongSwan ipsec.conf as read by starter (src/starter/parser/lexer.l, 5.2.0 and later); see
// README.md for the rules followed and every deliberate deviation. DEFAULT is active only at the
// start of a line, where the column-0 rules of the daemon (version, SPACES, config setup, conn,
// ca) apply; M_Line covers the rest of the line.
lexer grammar StrongswanLexer;
import CommonLexer;

channels { COMMENTS }

// L1: a line whose first word starts with "version" is discarded as a whole, indented or not
// (the daemon's rule is anchored at column 0 but allows blanks). Longest match beats INDENT.
VERSION : F_Blank* 'version' ~[\n]* ;

// L4: an indented comment-only line is consumed as a whole, so it yields no INDENT.
COMMENT : F_Blank* F_Comment -> channel(COMMENTS) ;

NEWLINE : F_Newline ;

// L7-L9: ties with WORD go to these rules (earlier), longer words ("connfoo") to WORD.
CONFIG_SETUP : 'config setup' -> pushMode(M_Line) ;
CONN         : 'conn' -> pushMode(M_Line) ;
CA           : 'ca' -> pushMode(M_Line) ;

// L2: blanks at column 0 mark a parameter line (the daemon's SPACES token).
INDENT : F_Blank+ -> pushMode(M_Line) ;

// L10: "include" + ONE blank + "=" is not an include (the daemon's look-ahead [^=] fails), so it
// is a setting named include. It is one token here because a lexer rule cannot look ahead.
INCLUDE_ASSIGN : 'include' F_Blank '=' -> pushMode(M_Line) ;
INCLUDE        : F_Include -> pushMode(M_Line) ;

QUOTED       : F_Quoted -> pushMode(M_Line) ;
UNTERMINATED : F_Unterminated -> pushMode(M_Line) ;
EQUALS       : '=' -> pushMode(M_Line) ;
// Last, so that the keywords above win ties.
WORD         : F_Word -> pushMode(M_Line) ;

mode M_Line;
M_Line_BLANK          : F_Blank+ -> channel(HIDDEN) ;
M_Line_COMMENT        : F_Comment -> type(COMMENT), channel(COMMENTS) ;
M_Line_NEWLINE        : F_Newline -> type(NEWLINE), popMode ;
M_Line_EQUALS         : '=' -> type(EQUALS) ;
M_Line_INCLUDE_ASSIGN : 'include' F_Blank '=' -> type(INCLUDE_ASSIGN) ;
M_Line_INCLUDE        : F_Include -> type(INCLUDE) ;
M_Line_QUOTED         : F_Quoted -> type(QUOTED) ;
M_Line_UNTERMINATED   : F_Unterminated -> type(UNTERMINATED) ;
M_Line_WORD           : F_Word -> type(WORD) ;

// L12: a word is any run of bytes but '"', '#', '=', blank and LF (CR is data); a leading "@#"
// lets hex key ids be written unquoted.
fragment F_Word : '@#'? ~["#= \t\n]+ ;

// L11: a quoted string may span lines; every escape is decoded by the tree builder.
fragment F_Quoted : '"' F_QuotedChar* '"' ;
// Matches only when F_Quoted cannot (no closing quote before the end of the file): the daemon's
// "unterminated string detected". A backslash as the very last byte is unterminated too.
fragment F_Unterminated : '"' F_QuotedChar* '\\'? ;
fragment F_QuotedChar : ~["\\] | '\\' . ;

// L10 and 2.5: the directive with its pattern; the pattern is empty when a blank, '#' or the end
// of the line follows the blanks. The first pattern byte is never '=' (the daemon's look-ahead).
fragment F_Include        : 'include' F_Blank+ F_IncludePattern? ;
fragment F_IncludePattern : F_Quoted | F_IncludeFirst F_IncludeChar* ;
fragment F_IncludeFirst   : ~[ \t\n#"=\\] | F_IncludeEscape ;
fragment F_IncludeChar    : ~[ \t\n#"\\] | F_IncludeEscape ;
fragment F_IncludeEscape  : '\\' ~[\n] | '\\' ;
