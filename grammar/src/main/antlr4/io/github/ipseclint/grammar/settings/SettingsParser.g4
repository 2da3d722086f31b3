// SPDX-License-Identifier: Apache-2.0
// strongSwan settings syntax, following libstrongswan's settings_parser.y of 5.7.0 and later
// (formats.md §3.2). Newlines between statements are hidden by the lexer.
parser grammar SettingsParser;
options { tokenVocab = SettingsLexer; }

settingsFile : statement* EOF ;

statement : section | setting | includeDirective ;

section : name references? LBRACE statement* RBRACE ;

references : COLON REFNAME (COMMA REFNAME)* ;

// INCLUDE_KEY is `include =` (a key named include); it already contains the '='.
setting : (name EQ | INCLUDE_KEY) valuePart* ;

// BAD_STRING (a quoted name) is accepted here so that the tree builder can report it precisely.
name : NAME | BAD_STRING ;

valuePart : VALUE_WORD | QUOTED | UNTERMINATED ;

includeDirective : INCLUDE (INCLUDE_PATTERN | INCLUDE_QUOTED | UNTERMINATED)* ;
