// SPDX-License-Identifier: Apache-2.0
// strongSwan settings syntax, following libstrongswan's settings_parser.y of 5.7.0 and later
// (formats.md §3.2). Newlines between statements are hidden by the lexer. Every element the tree
// builder reads is labelled, so that it needs no parse tree: labels do not change the ATN, so
// prediction, error messages and recovery are those of the unlabelled rules.
parser grammar SettingsParser;
options { tokenVocab = SettingsLexer; }

settingsFile : statements+=statement* EOF ;

statement : asSection=section | asSetting=setting | asInclude=includeDirective ;

section : sectionName=name refs=references? open=LBRACE body+=statement* RBRACE ;

references : COLON targets+=REFNAME (COMMA targets+=REFNAME)* ;

// INCLUDE_KEY is `include =` (a key named include); it already contains the '='.
setting : (key=name eq=EQ | includeKey=INCLUDE_KEY) parts+=valuePart* ;

// BAD_STRING (a quoted name) is accepted here so that the tree builder can report it precisely.
name : NAME | BAD_STRING ;

valuePart : VALUE_WORD | QUOTED | UNTERMINATED ;

includeDirective : INCLUDE (patterns+=(INCLUDE_PATTERN | INCLUDE_QUOTED | UNTERMINATED))* ;
