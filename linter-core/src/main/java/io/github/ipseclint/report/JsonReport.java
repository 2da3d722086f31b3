// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.ipseclint.engine.LintFinding;
import io.github.ipseclint.engine.RuleFailure;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.source.Span;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The {@code json} format, schema version {@value #SCHEMA_VERSION}; README "JSON output" documents
 * it. A version bump means a field changed meaning or went away; new fields do not bump it.
 */
public final class JsonReport {
  public static final int SCHEMA_VERSION = 1;

  private JsonReport() {}

  /** The whole document (columns are 1-based byte columns, the end column exclusive). */
  public record Document(int schemaVersion, Tool tool, Summary summary, List<Entry> findings, List<Failure> failures) {}

  public record Tool(String name, String version) {}

  public record Summary(long errors, long warnings, long notes, long files, long suppressed, long baselined) {}

  public record Entry(String rule, String severity, String file, Region span, String message,
      List<Related> related, String fingerprint, boolean suppressed, String suppressionReason) {}

  public record Region(int line, int column, int endLine, int endColumn) {}

  public record Related(String file, Region span, String message) {}

  public record Failure(String rule, String file, String exceptionType) {}

  public static String render(ReportInput input) {
    var result = input.result();
    List<Entry> entries = result.findings().stream().map(lint -> entry(input, lint)).toList();
    Document document = new Document(SCHEMA_VERSION, new Tool(input.tool().name(), input.tool().version()),
        new Summary(result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.NOTE),
            result.fileCount(), result.findings().stream().filter(LintFinding::suppressed).count(),
            result.baselined().size()),
        entries, result.failures().stream().map(JsonReport::failure).toList());
    try {
      // suppressionReason is left out (null) unless a suppression gives a reason
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      mapper.setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
      return mapper.writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Entry entry(ReportInput input, LintFinding lint) {
    Finding finding = lint.finding();
    return new Entry(finding.rule().value(), finding.severity().label(), input.path(finding.span().file()),
        region(finding.span()), finding.message(),
        finding.related().stream().map(r -> new Related(input.path(r.span().file()), region(r.span()), r.message()))
            .toList(),
        lint.fingerprint().hash(), lint.suppressed(), lint.suppression().flatMap(s -> s.reason()).orElse(null));
  }

  private static Region region(Span span) {
    return new Region(span.line(), span.column(), span.endLine(), span.endColumn());
  }

  private static Failure failure(RuleFailure failure) {
    return new Failure(failure.rule().value(), failure.file(), failure.exceptionType());
  }
}
