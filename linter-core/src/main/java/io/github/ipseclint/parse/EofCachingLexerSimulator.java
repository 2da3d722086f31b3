// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * ANTLR's lexer simulation with one more cached DFA edge: end of file. ANTLR caches a DFA
 * state's transitions for the characters 0-127 only, so at the end of every file (and of every
 * token that ends there) it works the transition out again from the ATN, a closure over every
 * rule of the mode. On the corpus' small files that was a third of reading an empty file and a
 * few percent of reading a typical one. The transition depends only on the DFA state, as every
 * cached edge does, as long as the grammar has no predicates, which no grammar of ours may have
 * (STYLE.md §3; {@code EofCachingLexerSimulatorTest} checks every lexer's ATN).
 */
public final class EofCachingLexerSimulator extends LexerATNSimulator {
  /**
   * One table per lexer class, shared by its instances as ANTLR shares the DFA itself: DFA
   * states of different grammars may compare equal (their configurations name ATN states by
   * number), so the tables must not mix.
   */
  private static final ClassValue<Map<DFAState, DFAState>> TARGETS_BY_LEXER = new ClassValue<>() {
    @Override
    protected Map<DFAState, DFAState> computeValue(Class<?> lexerClass) {
      return new ConcurrentHashMap<>();
    }
  };

  private final Map<DFAState, DFAState> endOfFileTargets;

  private EofCachingLexerSimulator(Lexer lexer, LexerATNSimulator standard) {
    super(lexer, lexer.getATN(), standard.decisionToDFA, standard.getSharedContextCache());
    this.endOfFileTargets = TARGETS_BY_LEXER.get(lexer.getClass());
  }

  /** Puts the simulation on {@code lexer}, with the DFA its generated class keeps for all its instances. */
  public static void install(Lexer lexer) {
    lexer.setInterpreter(new EofCachingLexerSimulator(lexer, lexer.getInterpreter()));
  }

  /**
   * Called when a state has no cached edge for {@code symbol}: ANTLR's look-up of the cached edges
   * stays as it is, since it runs for every character.
   */
  @Override
  protected DFAState computeTargetState(CharStream input, DFAState state, int symbol) {
    if (symbol != IntStream.EOF) {
      return super.computeTargetState(input, state, symbol);
    }
    DFAState target = endOfFileTargets.get(state);
    if (target == null) {
      target = super.computeTargetState(input, state, symbol);
      endOfFileTargets.putIfAbsent(state, target);
    }
    return target;
  }
}
