// SPDX-License-Identifier: Apache-2.0
// strongSwan ipsec.conf (starter parser.y, 5.2.0 and later), one rule context per line.
// The rest of a line is a flat token list on purpose: every token sequence parses, and the tree
// builder reports the daemon's own messages ("missing value for setting", "section name
// missing", ...) at the offending token, so that a bad line costs exactly one finding.
parser grammar StrongswanParser;

options { tokenVocab = StrongswanLexer; }

configFile : lines+=line* EOF ;

// One rule context per line, whose first token decides what kind of line it is: a section header
// (CONFIG_SETUP, CONN, CA), a parameter line (INDENT), an include at column 0 (INCLUDE: the
// included file's lines are spliced in at this point), a version line (VERSION), an empty line
// (no first token), and anything else at column 0 (the daemon's "syntax error, unexpected STRING"
// or EQ). The rest of a line is a flat run of tokens, unlabelled: the tree builder reads it from
// the token stream between `first` and `end`. A list label or a labelled alternative per line
// would cost a list or a second context on every line (README.md).
line
  : first=(CONFIG_SETUP | CONN | CA | INDENT | INCLUDE | WORD | QUOTED | UNTERMINATED | EQUALS
      | INCLUDE_ASSIGN) (WORD | QUOTED | UNTERMINATED | EQUALS | INCLUDE_ASSIGN | INCLUDE)*
      end=(NEWLINE | EOF)
  | first=VERSION end=(NEWLINE | EOF)
  | end=NEWLINE
  ;
