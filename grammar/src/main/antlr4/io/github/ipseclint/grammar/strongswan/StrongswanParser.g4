// SPDX-License-Identifier: Apache-2.0
// strongSwan ipsec.conf (starter parser.y, 5.2.0 and later), one alternative per kind of line.
// The rest of a line is a flat token list on purpose: every token sequence parses, and the tree
// builder reports the daemon's own messages ("missing value for setting", "section name
// missing", ...) at the offending token, so that a bad line costs exactly one finding.
parser grammar StrongswanParser;

options { tokenVocab = StrongswanLexer; }

configFile : lines+=line* EOF ;

// One labelled alternative per kind of line; the first token decides. The rest of a line is
// collected as a token list (`items`), not as one sub-rule per token: a rule context per token
// was most of the parse time on small files, and the tree builder only needs the tokens.
line
  : kind=(CONFIG_SETUP | CONN | CA) (items+=(WORD | QUOTED | UNTERMINATED | EQUALS
      | INCLUDE_ASSIGN | INCLUDE))* end=(NEWLINE | EOF)                          # sectionHeader
  | INDENT (items+=(WORD | QUOTED | UNTERMINATED | EQUALS | INCLUDE_ASSIGN
      | INCLUDE))* end=(NEWLINE | EOF)                                           # parameterLine
  // An include at column 0: the included file's lines are spliced in at this point.
  | INCLUDE (items+=(WORD | QUOTED | UNTERMINATED | EQUALS | INCLUDE_ASSIGN
      | INCLUDE))* end=(NEWLINE | EOF)                                           # includeLine
  | VERSION end=(NEWLINE | EOF)                                                 # versionLine
  // Anything else at column 0: the daemon's "syntax error, unexpected STRING" (or EQ).
  | first=(WORD | QUOTED | UNTERMINATED | EQUALS | INCLUDE_ASSIGN) (items+=(WORD | QUOTED
      | UNTERMINATED | EQUALS | INCLUDE_ASSIGN | INCLUDE))* end=(NEWLINE | EOF)  # strayLine
  | NEWLINE                                                                     # emptyLine
  ;
