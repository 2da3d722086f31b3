// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules;

import io.github.ipseclint.engine.Rule;
import io.github.ipseclint.engine.RulePack;
import io.github.ipseclint.rules.crypto.AggressiveModePsk;
import io.github.ipseclint.rules.crypto.EncryptionWithoutIntegrity;
import io.github.ipseclint.rules.crypto.Ikev1;
import io.github.ipseclint.rules.crypto.LifetimeTooLong;
import io.github.ipseclint.rules.crypto.MissingPfs;
import io.github.ipseclint.rules.crypto.NonStrictProposal;
import io.github.ipseclint.rules.crypto.WeakDefaultProposal;
import io.github.ipseclint.rules.crypto.WeakDhGroup;
import io.github.ipseclint.rules.crypto.WeakEncryption;
import io.github.ipseclint.rules.crypto.WeakIntegrity;
import io.github.ipseclint.rules.crypto.WeakPrf;
import io.github.ipseclint.rules.secrets.LibreswanSecretsLineTooLong;
import io.github.ipseclint.rules.secrets.MissingSecret;
import io.github.ipseclint.rules.secrets.NonAsciiSecret;
import io.github.ipseclint.rules.secrets.QuoteInsideQuotedSecret;
import io.github.ipseclint.rules.secrets.QuotedEncodingPrefix;
import io.github.ipseclint.rules.secrets.SecretEscapeSequence;
import io.github.ipseclint.rules.secrets.SecretTrailingTokens;
import io.github.ipseclint.rules.secrets.ShadowedSecret;
import io.github.ipseclint.rules.secrets.UnprefixedLibreswanSecret;
import io.github.ipseclint.rules.secrets.UnquotedSecretTruncated;
import io.github.ipseclint.rules.secrets.WeakPsk;
import io.github.ipseclint.rules.syntax.AmbiguousDialect;
import io.github.ipseclint.rules.syntax.DeprecatedKeyword;
import io.github.ipseclint.rules.syntax.DuplicateKey;
import io.github.ipseclint.rules.syntax.DuplicateSection;
import io.github.ipseclint.rules.syntax.IncludeDepth;
import io.github.ipseclint.rules.syntax.InvalidProposal;
import io.github.ipseclint.rules.syntax.InvalidValue;
import io.github.ipseclint.rules.syntax.ParseError;
import io.github.ipseclint.rules.syntax.ReferenceCycle;
import io.github.ipseclint.rules.syntax.SwallowedText;
import io.github.ipseclint.rules.syntax.UndefinedReference;
import io.github.ipseclint.rules.syntax.UnknownAlgorithm;
import io.github.ipseclint.rules.syntax.UnknownKeyword;
import io.github.ipseclint.rules.syntax.UnreadableFile;
import io.github.ipseclint.rules.syntax.UnresolvedInclude;
import io.github.ipseclint.rules.tooling.ExpiredSuppression;
import io.github.ipseclint.rules.tooling.InternalError;
import io.github.ipseclint.rules.tooling.SuppressionWithoutReason;
import io.github.ipseclint.rules.tooling.UnusedSuppression;
import java.util.List;

/** Every built-in rule, sorted by id; {@code META-INF/services} names this pack. */
public final class BuiltInRules implements RulePack {
  private static final List<Rule> RULES = List.of(
      new AggressiveModePsk(),
      new AmbiguousDialect(),
      new DeprecatedKeyword(),
      new DuplicateKey(),
      new DuplicateSection(),
      new EncryptionWithoutIntegrity(),
      new ExpiredSuppression(),
      new Ikev1(),
      new IncludeDepth(),
      new InternalError(),
      new InvalidProposal(),
      new InvalidValue(),
      new LibreswanSecretsLineTooLong(),
      new LifetimeTooLong(),
      new MissingPfs(),
      new MissingSecret(),
      new NonAsciiSecret(),
      new NonStrictProposal(),
      new ParseError(),
      new QuoteInsideQuotedSecret(),
      new QuotedEncodingPrefix(),
      new ReferenceCycle(),
      new SecretEscapeSequence(),
      new SecretTrailingTokens(),
      new ShadowedSecret(),
      new SuppressionWithoutReason(),
      new SwallowedText(),
      new UndefinedReference(),
      new UnknownAlgorithm(),
      new UnknownKeyword(),
      new UnprefixedLibreswanSecret(),
      new UnquotedSecretTruncated(),
      new UnreadableFile(),
      new UnresolvedInclude(),
      new UnusedSuppression(),
      new WeakDefaultProposal(),
      new WeakDhGroup(),
      new WeakEncryption(),
      new WeakIntegrity(),
      new WeakPrf(),
      new WeakPsk());

  @Override
  public List<Rule> rules() {
    return RULES;
  }
}
