// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A token stream over a file lexed in full before the parse, for the first attempt. ANTLR's
 * {@code CommonTokenStream} fetches tokens one by one as the parser looks ahead, and skips the
 * tokens of other channels on every look-ahead and every step; on the small files the readers
 * see, that bookkeeping cost about as much as the parser itself. Here the parser's channel is an
 * array, so a look-ahead is an index and a step an increment.
 *
 * <p>Stream positions ({@link #index}, {@link #seek}, {@link #get}, {@link #size}) count the
 * parser's tokens only; a token's own {@link Token#getTokenIndex() index}, which
 * {@link #getText(Interval)} and rule contexts' source intervals use, counts every token, as in
 * ANTLR's streams. The reporting attempt keeps ANTLR's stream ({@link LazyTokens}) so that lexer
 * and parser errors come in the order of a normal parse.
 */
public final class LexedTokens implements FileTokens {
  private final TokenSource source;
  private final List<Token> every;
  private final List<Token> declaredChannels;
  /** The parser's channel: the first {@link #parserCount} tokens. */
  private final Token[] parserTokens;
  private final int parserCount;
  private final List<Token> parserChannel;
  /** The parser's token types, for {@link #LA}, the call the generated parsers make most. */
  private final int[] parserTypes;
  private int position;

  private LexedTokens(TokenSource source, List<Token> every, List<Token> declaredChannels, Token[] parserTokens,
      int[] parserTypes, int parserCount) {
    this.source = source;
    this.every = every;
    this.declaredChannels = declaredChannels;
    this.parserTokens = parserTokens;
    this.parserTypes = parserTypes;
    this.parserCount = parserCount;
    this.parserChannel = new TokenList(parserTokens, parserCount);
  }

  /** Lexes the whole input of {@code lexer}, up to and including EOF. */
  public static LexedTokens of(Lexer lexer) {
    // About one token per four bytes in the corpus: sized so that the arrays rarely grow. One
    // pass fills them, and they are used as they are, not trimmed: this runs for every token of
    // every file, and the copies were more of the garbage of a read than the arrays themselves.
    int capacity = Math.max(16, lexer.getInputStream().size() / 4);
    Token[] every = new Token[capacity];
    Token[] parserTokens = new Token[capacity];
    int[] parserTypes = new int[capacity];
    List<Token> declaredChannels = new ArrayList<>();
    int count = 0;
    int onChannel = 0;
    Token token;
    do {
      token = lexer.nextToken();
      if (count == every.length) {
        every = Arrays.copyOf(every, count * 2);
      }
      if (token instanceof WritableToken writable) {
        writable.setTokenIndex(count);
      }
      every[count++] = token;
      if (token.getChannel() == Token.DEFAULT_CHANNEL) {
        if (onChannel == parserTokens.length) {
          parserTokens = Arrays.copyOf(parserTokens, onChannel * 2);
          parserTypes = Arrays.copyOf(parserTypes, onChannel * 2);
        }
        parserTokens[onChannel] = token;
        parserTypes[onChannel] = token.getType();
        onChannel++;
      } else if (token.getChannel() != Token.HIDDEN_CHANNEL) {
        declaredChannels.add(token);
      }
    } while (token.getType() != Token.EOF);
    // EOF is always on the default channel, so the parser's arrays end with it.
    return new LexedTokens(lexer, new TokenList(every, count), Collections.unmodifiableList(declaredChannels),
        parserTokens, parserTypes, onChannel);
  }

  @Override
  public List<Token> everyToken() {
    return every;
  }

  @Override
  public List<Token> declaredChannels() {
    return declaredChannels;
  }

  @Override
  public List<Token> parserChannel() {
    return parserChannel;
  }

  @Override
  public Token LT(int k) {
    if (k > 0) {
      return parserTokens[Math.min(position + k - 1, parserCount - 1)];
    }
    int back = position + k;
    return k < 0 && back >= 0 ? parserTokens[back] : null;
  }

  @Override
  public int LA(int i) {
    if (i > 0) {
      return parserTypes[Math.min(position + i - 1, parserCount - 1)];
    }
    int back = position + i;
    return i < 0 && back >= 0 ? parserTypes[back] : Token.INVALID_TYPE;
  }

  @Override
  public void consume() {
    if (parserTypes[position] == Token.EOF) {
      throw new IllegalStateException("cannot consume EOF");
    }
    position++;
  }

  @Override
  public Token get(int index) {
    if (index < 0 || index >= parserCount) {
      throw new IndexOutOfBoundsException("token position " + index + " out of range 0.." + (parserCount - 1));
    }
    return parserTokens[index];
  }

  @Override
  public int index() {
    return position;
  }

  @Override
  public void seek(int index) {
    position = Math.max(0, Math.min(index, parserCount - 1));
  }

  @Override
  public int size() {
    return parserCount;
  }

  /** Nothing to keep: every token stays in memory anyway. */
  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {
    // Nothing was kept for the mark.
  }

  @Override
  public TokenSource getTokenSource() {
    return source;
  }

  @Override
  public String getSourceName() {
    return source.getSourceName();
  }

  /** The text of the tokens (every channel) whose token indexes are in {@code interval}, EOF excluded. */
  @Override
  public String getText(Interval interval) {
    int start = interval.a;
    int stop = Math.min(interval.b, every.size() - 1);
    if (start < 0 || stop < 0) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (int i = start; i <= stop; i++) {
      Token token = every.get(i);
      if (token.getType() == Token.EOF) {
        break;
      }
      text.append(token.getText());
    }
    return text.toString();
  }

  @Override
  public String getText() {
    return getText(Interval.of(0, every.size() - 1));
  }

  @Override
  public String getText(RuleContext context) {
    return getText(context.getSourceInterval());
  }

  @Override
  public String getText(Token start, Token stop) {
    return start == null || stop == null ? "" : getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
  }

  /** The first {@code size} tokens of an array, read-only; no copy of the array is made. */
  private static final class TokenList extends AbstractList<Token> implements RandomAccess {
    private final Token[] tokens;
    private final int size;

    TokenList(Token[] tokens, int size) {
      this.tokens = tokens;
      this.size = size;
    }

    @Override
    public Token get(int index) {
      return tokens[Objects.checkIndex(index, size)];
    }

    @Override
    public int size() {
      return size;
    }
  }
}
