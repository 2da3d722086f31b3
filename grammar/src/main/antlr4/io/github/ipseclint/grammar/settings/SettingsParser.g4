// SPDX-License-Identifier: Apache-2.0
// strongSwan settings syntax, following libstrongswan's settings_parser.y of 5.7.0 and later
// (formats.md §3.2). Newlines between statements are hidden by the lexer. Every element the tree
// builder reads is labelled, so that it needs no parse tree: labels do not change the ATN, so
// prediction, error messages and recovery are those of the unlabelled rules.
parser grammar SettingsParser;
options { tokenVocab = SettingsLexer; }

settingsFile : statements+=statement* EOF ;

statement : asSection=section | asSetting=setting | asInclude=includeDirective ;

// Names and value parts are token sets matched in place, not rules of their own: a rule context
// per name and per value word cost a tenth of the parse, and a set match reports and recovers
// like a one-token rule (see README). BAD_STRING (a quoted name) is accepted as a name so that
// the tree builder can report it precisely.
section : sectionName=(NAME | BAD_STRING) refs=references? open=LBRACE body+=statement* RBRACE ;

references : COLON targets+=REFNAME (COMMA targets+=REFNAME)* ;

// INCLUDE_KEY is `include =` (a key named include); it already contains the '='.
setting : (key=(NAME | BAD_STRING) eq=EQ | includeKey=INCLUDE_KEY) parts+=(VALUE_WORD | QUOTED | UNTERMINATED)* ;

includeDirective : INCLUDE (patterns+=(INCLUDE_PATTERN | INCLUDE_QUOTED | UNTERMINATED))* ;
