// SPDX-License-Identifier: Apache-2.0
// strongSwan ipsec.conf (starter parser.y, 5.2.0 and later), one rule per kind of line. The rest
// of a line is a flat item list on purpose: every token sequence parses, and the tree builder
// reports the daemon's own messages ("missing value for setting", "section name missing", ...)
// at the offending token, so that a bad line costs exactly one finding.
parser grammar StrongswanParser;

options { tokenVocab = StrongswanLexer; }

configFile : line* EOF ;

line
  : sectionHeader
  | parameterLine
  | includeLine
  | versionLine
  | strayLine
  | emptyLine
  ;

sectionHeader : kind=(CONFIG_SETUP | CONN | CA) item* lineEnd ;

parameterLine : INDENT item* lineEnd ;

// An include at column 0: the included file's lines are spliced in at this point.
includeLine : include item* lineEnd ;

versionLine : VERSION lineEnd ;

// Anything else at column 0: the daemon's "syntax error, unexpected STRING" (or EQ).
strayLine : first=(WORD | QUOTED | UNTERMINATED | EQUALS | INCLUDE_ASSIGN) item* lineEnd ;

emptyLine : NEWLINE ;

item
  : word
  | EQUALS
  | INCLUDE_ASSIGN
  | include
  ;

word : WORD | QUOTED | UNTERMINATED ;

include : INCLUDE ;

lineEnd : NEWLINE | EOF ;
