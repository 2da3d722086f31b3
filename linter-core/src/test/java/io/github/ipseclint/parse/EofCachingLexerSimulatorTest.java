// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.grammar.libreswan.LibreswanLexer;
import io.github.ipseclint.grammar.libreswansecrets.LibreswanSecretsLexer;
import io.github.ipseclint.grammar.settings.SettingsLexer;
import io.github.ipseclint.grammar.strongswan.StrongswanLexer;
import io.github.ipseclint.grammar.strongswansecrets.StrongswanSecretsLexer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.AbstractPredicateTransition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link EofCachingLexerSimulator} must produce exactly the tokens and lexer errors of ANTLR's
 * own simulation: same types, channels, offsets, lines, columns and texts, and the same error
 * messages at the same places. Checked for every lexer on the parse fixtures and on random byte
 * soups drawn from each format's special characters, line ends, non-ASCII bytes and files
 * without a final line feed, each lexed twice so that the second run takes the cached edges. The
 * cache is sound only for grammars without predicates, which is checked too.
 */
class EofCachingLexerSimulatorTest {
  private static final Map<String, Function<CharStream, Lexer>> LEXERS = Map.of(
      "strongswan", StrongswanLexer::new,
      "libreswan", LibreswanLexer::new,
      "settings", SettingsLexer::new,
      "strongswan-secrets", StrongswanSecretsLexer::new,
      "libreswan-secrets", LibreswanSecretsLexer::new);
  private static final String[] PIECES = {"\n", "\n", " ", "\t", "\r", "\"", "\\", "#", "=", "{", "}",
      ":", ",", ".", "'", "%", "@", "@#", "0x", "a", "key", "conn ", "config setup", "ca ", "include ",
      "version", "also", "PSK", "RSA", "left", "\u00e9", "\u00ff", "\u0080", "1.2.3.4", "\0"};
  private static final int SOUPS_PER_LEXER = 2000;

  @ParameterizedTest(name = "{0}")
  @MethodSource("lexers")
  void producesAntlrsTokensOnEveryFixture(String lexer) throws IOException {
    Path fixtures = Path.of("src/test/resources/parse");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(fixtures)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(100);
    for (Path file : files) {
      assertSameTokens(lexer, fixtures.relativize(file).toString(), read(file));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lexers")
  void producesAntlrsTokensOnByteSoups(String lexer) {
    Random random = new Random(20261129L + lexer.hashCode());
    for (int i = 0; i < SOUPS_PER_LEXER; i++) {
      assertSameTokens(lexer, "soup " + i, soup(random));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lexers")
  void lexerHasNoPredicates(String lexer) {
    ATN atn = LEXERS.get(lexer).apply(stream(new byte[0])).getATN();
    assertThat(atn.states).isNotEmpty();
    for (ATNState state : atn.states) {
      for (int i = 0; i < state.getNumberOfTransitions(); i++) {
        assertThat(state.transition(i)).as(lexer + " state " + state.stateNumber)
            .isNotInstanceOf(AbstractPredicateTransition.class);
      }
    }
  }

  static Stream<String> lexers() {
    return LEXERS.keySet().stream().sorted();
  }

  private static void assertSameTokens(String lexer, String label, byte[] input) {
    Function<CharStream, Lexer> create = LEXERS.get(lexer);
    List<String> standard = lex(create.apply(stream(input)), false);
    assertThat(lex(create.apply(stream(input)), true)).as(label).isEqualTo(standard);
    assertThat(lex(create.apply(stream(input)), true)).as(label + ", again").isEqualTo(standard);
  }

  private static byte[] soup(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(40);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CharStream stream(byte[] input) {
    return CodePointCharStream.fromBuffer(CodePointBuffer.withBytes(ByteBuffer.wrap(input.clone())), "input");
  }

  /** Every token and every lexer error, in the order the lexer produced them. */
  private static List<String> lex(Lexer lexer, boolean ours) {
    if (ours) {
      EofCachingLexerSimulator.install(lexer);
    }
    List<String> seen = new ArrayList<>();
    lexer.removeErrorListeners();
    lexer.addErrorListener(new BaseErrorListener() {
      @Override
      public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column, String message,
          RecognitionException e) {
        seen.add("error " + line + ":" + column + " " + message);
      }
    });
    Token token;
    do {
      token = lexer.nextToken();
      seen.add(token.getType() + "/" + token.getChannel() + " " + token.getStartIndex() + ".." + token.getStopIndex()
          + " " + token.getLine() + ":" + token.getCharPositionInLine() + " '" + token.getText() + "'");
    } while (token.getType() != Token.EOF);
    seen.add("end " + lexer.getLine() + ":" + lexer.getCharPositionInLine() + " mode " + lexer._mode);
    return seen;
  }
}
