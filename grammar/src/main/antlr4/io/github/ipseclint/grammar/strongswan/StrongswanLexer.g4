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

// An empty line. Every token type is named by its rule in M_Line, where nearly all tokens are
// lexed: a token whose rule has no action skips ANTLR's action executor, so the column-0 rules
// carry the type() actions instead.
EMPTY_LINE : F_Newline -> type(NEWLINE) ;

// L7-L9: ties with WORD go to these rules (earlier), longer words ("connfoo") to WORD.
CONFIG_SETUP : 'config setup' -> pushMode(M_Line) ;
CONN         : 'conn' -> pushMode(M_Line) ;
CA           : 'ca' -> pushMode(M_Line) ;

// L2: blanks at column 0 mark a parameter line (the daemon's SPACES token).
INDENT : F_Blank+ -> pushMode(M_Line) ;

// L10: "include" + ONE blank + "=" is not an include (the daemon's look-ahead [^=] fails), so it
// is a setting named include. It is one token here because a lexer rule cannot look ahead.
COL0_INCLUDE_ASSIGN : 'include' F_Blank '=' -> type(INCLUDE_ASSIGN), pushMode(M_Line) ;
COL0_INCLUDE        : F_Include -> type(INCLUDE), pushMode(M_Line) ;

COL0_QUOTED       : F_Quoted -> type(QUOTED), pushMode(M_Line) ;
COL0_UNTERMINATED : F_Unterminated -> type(UNTERMINATED), pushMode(M_Line) ;
COL0_EQUALS       : '=' -> type(EQUALS), pushMode(M_Line) ;
// Last, so that the keywords above win ties.
COL0_WORD         : F_Word -> type(WORD), pushMode(M_Line) ;

mode M_Line;
BLANK          : F_Blank+ -> channel(HIDDEN) ;
M_Line_COMMENT : F_Comment -> type(COMMENT), channel(COMMENTS) ;
NEWLINE        : F_Newline -> popMode ;
EQUALS         : '=' ;
INCLUDE_ASSIGN : 'include' F_Blank '=' ;
INCLUDE        : F_Include ;
QUOTED         : F_Quoted ;
UNTERMINATED   : F_Unterminated ;
WORD           : F_Word ;

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
