// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ipseclint.grammar.strongswan.StrongswanLexer;
import io.github.ipseclint.grammar.strongswan.StrongswanParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;
import org.junit.jupiter.api.Test;

/**
 * {@link LexedTokens} must show the parser exactly what ANTLR's {@link CommonTokenStream} shows
 * it, so that the first attempt builds the same tree: the same tokens at every look-ahead and
 * look-back, the same texts, and the same end.
 */
class LexedTokensTest {
  private static final String TEXT = "# head\nconn a  # why\n\tleft=1.2.3.4 \"x y\"\n  # indented\n\nconfig setup";

  @Test
  void walksTheParserChannelAsCommonTokenStreamDoes() {
    LexedTokens lexed = LexedTokens.of(lexer());
    CommonTokenStream common = new CommonTokenStream(lexer());
    common.fill();
    common.seek(0);
    List<String> seenLexed = walk(lexed);
    List<String> seenCommon = walk(common);
    assertThat(seenLexed).isEqualTo(seenCommon);
    assertThat(seenLexed).first().isEqualTo("NEWLINE '\n' back=null next=CONN");
    assertThat(seenLexed).element(1).isEqualTo("CONN 'conn' back=NEWLINE next=WORD");
    assertThat(seenLexed).last().isEqualTo("EOF '<EOF>' back=CONFIG_SETUP next=EOF");
  }

  @Test
  void keepsEveryTokenWithItsIndex() {
    LexedTokens lexed = LexedTokens.of(lexer());
    CommonTokenStream common = new CommonTokenStream(lexer());
    common.fill();
    assertThat(lexed.everyToken()).extracting(Token::getText)
        .containsExactlyElementsOf(common.getTokens().stream().map(Token::getText).toList());
    for (int i = 0; i < lexed.everyToken().size(); i++) {
      assertThat(lexed.everyToken().get(i).getTokenIndex()).isEqualTo(i);
    }
    assertThat(lexed.everyToken()).anyMatch(token -> token.getChannel() == StrongswanLexer.COMMENTS);
    assertThat(lexed.declaredChannels())
        .containsExactlyElementsOf(lexed.everyToken().stream()
            .filter(token -> token.getChannel() == StrongswanLexer.COMMENTS).toList())
        .extracting(Token::getText).containsExactly("# head", "# why", "  # indented");
    LazyTokens lazy = new LazyTokens(lexer());
    lazy.fill();
    assertThat(lazy.declaredChannels()).extracting(Token::getText).containsExactly("# head", "# why", "  # indented");
  }

  @Test
  void bothStreamsListTheParserChannelAfterTheParse() {
    LexedTokens lexed = LexedTokens.of(lexer());
    LazyTokens lazy = new LazyTokens(lexer());
    new StrongswanParser(lazy).configFile();
    assertThat(lexed.parserChannel()).extracting(Token::getText)
        .containsExactlyElementsOf(lazy.parserChannel().stream().map(Token::getText).toList())
        .startsWith("\n", "conn", "a", "\n", "\t", "left", "=", "1.2.3.4", "\"x y\"", "\n")
        .endsWith("config setup", "<EOF>")
        .doesNotContain("# head", "  ");
  }

  @Test
  void textsSpanHiddenTokensByTokenIndex() {
    LexedTokens lexed = LexedTokens.of(lexer());
    CommonTokenStream common = new CommonTokenStream(lexer());
    common.fill();
    Token conn = lexed.get(1);
    Token value = lexed.get(7);
    assertThat(lexed.getText(conn, value)).isEqualTo(common.getText(conn, value)).isEqualTo("conn a  # why\n\tleft=1.2.3.4");
    assertThat(lexed.getText()).isEqualTo(common.getText());
    assertThat(lexed.getText(Interval.of(-1, 3))).isEmpty();
  }

  @Test
  void stopsAtEndOfFile() {
    LexedTokens lexed = LexedTokens.of(lexer());
    lexed.seek(lexed.size() - 1);
    assertThat(lexed.LA(1)).isEqualTo(Token.EOF);
    assertThat(lexed.LT(3).getType()).isEqualTo(Token.EOF);
    assertThatThrownBy(lexed::consume).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theParserBuildsTheSameLinesFromBothStreams() {
    StrongswanParser fromLexed = new StrongswanParser(LexedTokens.of(lexer()));
    StrongswanParser fromCommon = new StrongswanParser(new CommonTokenStream(lexer()));
    assertThat(fromLexed.configFile().toStringTree(fromLexed))
        .isEqualTo(fromCommon.configFile().toStringTree(fromCommon));
    assertThat(fromLexed.getNumberOfSyntaxErrors()).isZero();
  }

  private static StrongswanLexer lexer() {
    return new StrongswanLexer(CharStreams.fromString(TEXT));
  }

  /** What the parser sees at each position: LT(1), LT(-1), LA(2), then a step. */
  private static List<String> walk(TokenStream tokens) {
    List<String> seen = new ArrayList<>();
    while (true) {
      Token current = tokens.LT(1);
      Token back = tokens.LT(-1);
      seen.add(StrongswanLexer.VOCABULARY.getSymbolicName(current.getType()) + " '" + current.getText()
          + "' back=" + (back == null ? "null" : StrongswanLexer.VOCABULARY.getSymbolicName(back.getType()))
          + " next=" + StrongswanLexer.VOCABULARY.getSymbolicName(tokens.LA(2)));
      if (tokens.LA(1) == Token.EOF) {
        return seen;
      }
      int here = tokens.index();
      tokens.consume();
      tokens.seek(here);
      tokens.consume();
    }
  }
}
