// SPDX-License-Identifier: Apache-2.0
// Libreswan ipsec.conf, following the 5.4 flex scanner (lib/libswan/ipsecconf/scanner.lex) as
// described in formats.md §5.1. Modes stand for the scanner's start conditions:
//   DEFAULT   = INITIAL at column 0 (only here are comment lines, blank lines and FIRST_SPACES)
//   M_Initial = INITIAL after the first token of a line
//   M_Key     = KEY   (after a keyword: everything up to '=' is silently dropped)
//   M_Value   = VALUE (after '=', conn, include, version: one value token)
//   M_XKey / M_XValue = after an x- key: the value is the rest of the line.
// Every mode entered from DEFAULT pops back to it on its line feed. CR is data everywhere.
lexer grammar LibreswanLexer;

import CommonLexer;

tokens { EOL, EQUAL, KEYWORD, XKEY, QUOTED, BRACED, RAW, XVALUE, JUNK, STRAY_QUOTE }

channels { COMMENTS }

// Column 0. A comment or blank line is discarded as a whole, even inside a section.
COMMENT_LINE : F_Blank* F_Comment -> channel(COMMENTS) ;
BLANK_LINE   : F_Blank* F_Newline -> channel(HIDDEN) ;
FIRST_SPACES : F_Blank+ -> pushMode(M_Initial) ;
CONFIG       : 'config' -> pushMode(M_Initial) ;
SETUP        : 'setup' -> pushMode(M_Initial) ;
CONN         : 'conn' -> pushMode(M_Value) ;
INCLUDE      : 'include' -> pushMode(M_Value) ;
VERSION      : 'version' -> pushMode(M_Value) ;
COL0_EQUAL   : '=' -> type(EQUAL), pushMode(M_Value) ;
COL0_XKEY    : F_XKey -> type(XKEY), pushMode(M_XKey) ;
COL0_KEYWORD : F_KeywordByte+ -> type(KEYWORD), pushMode(M_Key) ;
COL0_QUOTE   : '"' -> type(STRAY_QUOTE), channel(HIDDEN), pushMode(M_Initial) ;

// A keyword is any run of bytes but '"', '=', blanks and LF ('#' included: see M_Initial).
fragment F_KeywordByte : ~["= \t\n] ;
// x- comment keys: x or X, then '-' or '_', then keyword bytes.
fragment F_XKey : [xX] [-_] F_KeywordByte* ;

mode M_Initial;
// Reserved words are recognised anywhere on a line, but only as whole words (longest match).
I_BLANK   : F_Blank+ -> channel(HIDDEN) ;
I_EOL     : F_Newline -> type(EOL), popMode ;
I_EQUAL   : '=' -> type(EQUAL), mode(M_Value) ;
I_CONFIG  : 'config' -> type(CONFIG) ;
I_SETUP   : 'setup' -> type(SETUP) ;
I_CONN    : 'conn' -> type(CONN), mode(M_Value) ;
I_INCLUDE : 'include' -> type(INCLUDE), mode(M_Value) ;
I_VERSION : 'version' -> type(VERSION), mode(M_Value) ;
// '#' starts a comment only at the start of a token; inside a keyword or value it is data.
I_COMMENT : F_Comment -> channel(COMMENTS) ;
I_XKEY    : F_XKey -> type(XKEY), mode(M_XKey) ;
I_KEYWORD : F_KeywordByte+ -> type(KEYWORD), mode(M_Key) ;
// Upstream warns `unrecognized: "` and skips the byte.
I_QUOTE   : '"' -> type(STRAY_QUOTE), channel(HIDDEN) ;

mode M_Key;
K_BLANK : F_Blank+ -> channel(HIDDEN) ;
K_EOL   : F_Newline -> type(EOL), popMode ;
K_EQUAL : '=' -> type(EQUAL), mode(M_Value) ;
// `leftid junk=@x` means `leftid=@x`: the scanner drops these bytes without a word.
K_JUNK  : ~[= \t\n]+ -> type(JUNK), channel(HIDDEN) ;

mode M_Value;
// One value token, by longest match; on a tie the earlier rule wins, as in flex.
V_BLANK  : F_Blank+ -> channel(HIDDEN) ;
V_EOL    : F_Newline -> type(EOL), popMode ;
V_QUOTED : '"' ~["\n]* '"' -> type(QUOTED), mode(M_Initial) ;
// Braces quote too, greedy up to the last '}' of the line.
V_BRACED : '{' ~["\n]* '}' -> type(BRACED), mode(M_Initial) ;
V_WORD   : ~["\t \n]+ -> type(RAW), mode(M_Initial) ;
// A raw word may contain '"' (then it must not contain braces): `"abc`, `x"y`, `"x"#c`.
V_QWORD  : ~[{}\t \n]+ -> type(RAW), mode(M_Initial) ;
// Only `"{` with no closing quote gets here; deviation: taken as a one-byte raw value.
V_ODD    : . -> type(RAW), mode(M_Initial) ;

mode M_XKey;
XK_BLANK : F_Blank+ -> channel(HIDDEN) ;
XK_EOL   : F_Newline -> type(EOL), popMode ;
XK_EQUAL : '=' -> type(EQUAL), mode(M_XValue) ;
XK_JUNK  : ~[= \t\n]+ -> type(JUNK), channel(HIDDEN) ;

mode M_XValue;
// The whole rest of the line, leading blanks, quotes and '#' included.
XV_EOL   : F_Newline -> type(EOL), popMode ;
XV_VALUE : ~[\n]+ -> type(XVALUE), mode(M_Initial) ;
