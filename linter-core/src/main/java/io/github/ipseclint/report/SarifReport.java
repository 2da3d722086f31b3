// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report;

import java.util.LinkedHashMap;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.finding.TextEdit;
import de.jcup.sarif_2_1_0.model.ArtifactChange;
import de.jcup.sarif_2_1_0.SarifSchema210ImportExportSupport;
import de.jcup.sarif_2_1_0.model.ArtifactContent;
import de.jcup.sarif_2_1_0.model.ArtifactLocation;
import de.jcup.sarif_2_1_0.model.Exception;
import de.jcup.sarif_2_1_0.model.Invocation;
import de.jcup.sarif_2_1_0.model.Location;
import de.jcup.sarif_2_1_0.model.Message;
import de.jcup.sarif_2_1_0.model.Notification;
import de.jcup.sarif_2_1_0.model.OriginalUriBaseIds;
import de.jcup.sarif_2_1_0.model.PartialFingerprints;
import de.jcup.sarif_2_1_0.model.PhysicalLocation;
import de.jcup.sarif_2_1_0.model.Region;
import de.jcup.sarif_2_1_0.model.ReportingDescriptor;
import de.jcup.sarif_2_1_0.model.ReportingDescriptorReference;
import de.jcup.sarif_2_1_0.model.Result;
import de.jcup.sarif_2_1_0.model.Run;
import de.jcup.sarif_2_1_0.model.SarifSchema210;
import de.jcup.sarif_2_1_0.model.Stack;
import de.jcup.sarif_2_1_0.model.StackFrame;
import de.jcup.sarif_2_1_0.model.Suppression;
import de.jcup.sarif_2_1_0.model.Tool;
import de.jcup.sarif_2_1_0.model.ToolComponent;
import io.github.ipseclint.engine.LintFinding;
import io.github.ipseclint.engine.RuleDescriptor;
import io.github.ipseclint.engine.RuleFailure;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.finding.RelatedLocation;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.source.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0, one run per invocation, written through the sarif-java object model.
 *
 * <p>Columns are UTF-16 code units, SARIF's default {@code columnKind}, converted from our byte
 * columns with the file's bytes: GitHub code scanning and editors count characters, not bytes, and
 * the default needs no declaration that a consumer might ignore.
 */
public final class SarifReport {
  /** Our {@code partialFingerprints} key: the baseline's content hash, stable across moved lines. */
  public static final String FINGERPRINT_KEY = "ipseclint/v1";

  static final String SRCROOT = "%SRCROOT%";
  private static final URI SCHEMA = URI.create("https://json.schemastore.org/sarif-2.1.0.json");

  private final ReportInput input;
  private final SourceLines sources;
  private final Map<String, Integer> ruleIndex = new HashMap<>();

  private SarifReport(ReportInput input) {
    this.input = input;
    this.sources = new SourceLines(input.result().files().stream().map(file -> file.document()).toList());
  }

  /** The SARIF log as JSON. */
  public static String render(ReportInput input) {
    try {
      return new SarifSchema210ImportExportSupport().toJSON(new SarifReport(input).log()) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  SarifSchema210 log() {
    SarifSchema210 log = new SarifSchema210();
    log.set$schema(SCHEMA);
    log.setVersion(SarifSchema210.Version._2_1_0);
    log.setRuns(List.of(run()));
    return log;
  }

  private Run run() {
    Run run = new Run();
    run.setTool(tool());
    OriginalUriBaseIds bases = new OriginalUriBaseIds();
    ArtifactLocation root = new ArtifactLocation();
    root.setUri(Path.of("").toAbsolutePath().toUri().toString());
    root.setDescription(text("The directory ipseclint ran in; result paths are relative to it."));
    bases.setAdditionalProperty(SRCROOT, root);
    run.setOriginalUriBaseIds(bases);
    List<Result> results = new ArrayList<>();
    for (LintFinding finding : input.result().findings()) {
      results.add(result(finding));
    }
    run.setResults(results);
    Invocation invocation = new Invocation();
    invocation.setExecutionSuccessful(input.result().failures().isEmpty());
    List<Notification> notifications = new ArrayList<>();
    input.result().failures().forEach(failure -> notifications.add(notification(failure)));
    invocation.setToolExecutionNotifications(notifications);
    run.setInvocations(List.of(invocation));
    return run;
  }

  private Tool tool() {
    ToolComponent driver = new ToolComponent();
    driver.setName(input.tool().name());
    driver.setVersion(input.tool().version());
    driver.setSemanticVersion(input.tool().semanticVersion());
    driver.setInformationUri(input.tool().informationUri());
    Set<ReportingDescriptor> rules = new LinkedHashSet<>();
    for (RuleDescriptor rule : input.registry().all()) {
      ruleIndex.put(rule.id().value(), rules.size());
      rules.add(SarifRules.descriptor(rule, input.tool()));
    }
    driver.setRules(rules);
    Tool tool = new Tool();
    tool.setDriver(driver);
    return tool;
  }

  private Result result(LintFinding lint) {
    Finding finding = lint.finding();
    Result result = new Result();
    result.setRuleId(finding.rule().value());
    Integer index = ruleIndex.get(finding.rule().value());
    if (index != null) {
      result.setRuleIndex(index);
    }
    result.setLevel(level(finding.severity()));
    result.setMessage(text(SarifRules.sentence(finding.message())));
    result.setLocations(List.of(location(finding.span(), null)));
    if (!finding.related().isEmpty()) {
      Set<Location> related = new LinkedHashSet<>();
      int id = 1;
      for (RelatedLocation place : finding.related()) {
        Location location = location(place.span(), SarifRules.sentence(place.message()));
        location.setId(id++);
        related.add(location);
      }
      result.setRelatedLocations(related);
    }
    finding.fix().ifPresent(fix -> result.setFixes(Set.of(fix(fix))));
    PartialFingerprints fingerprints = new PartialFingerprints();
    fingerprints.setAdditionalProperty(FINGERPRINT_KEY, lint.fingerprint().hash());
    result.setPartialFingerprints(fingerprints);
    lint.suppression().ifPresent(comment -> {
      Suppression suppression = new Suppression();
      suppression.setKind(Suppression.Kind.IN_SOURCE);
      suppression.setStatus(Suppression.Status.ACCEPTED);
      comment.reason().ifPresent(suppression::setJustification);
      suppression.setLocation(location(comment.comment(), null));
      result.setSuppressions(Set.of(suppression));
    });
    return result;
  }

  /** A SARIF fix: one artifactChange per file, each edit a replacement of a region. */
  private de.jcup.sarif_2_1_0.model.Fix fix(io.github.ipseclint.model.finding.Fix fix) {
    Map<SourceFile, List<de.jcup.sarif_2_1_0.model.Replacement>> byFile = new LinkedHashMap<>();
    Map<SourceFile, Span> placeOfFile = new LinkedHashMap<>();
    for (TextEdit edit : fix.edits()) {
      Span span = edit.deleted();
      Region deleted = new Region();
      deleted.setStartLine(span.line());
      deleted.setStartColumn(SourceLines.utf16Column(span.file(), span.line(), span.column()));
      deleted.setEndLine(span.endLine());
      deleted.setEndColumn(SourceLines.utf16Column(span.file(), span.endLine(), span.endColumn()));
      de.jcup.sarif_2_1_0.model.Replacement replacement = new de.jcup.sarif_2_1_0.model.Replacement();
      replacement.setDeletedRegion(deleted);
      replacement.setInsertedContent(content(edit.inserted().display()));
      byFile.computeIfAbsent(span.file(), file -> new ArrayList<>()).add(replacement);
      placeOfFile.putIfAbsent(span.file(), span);
    }
    Set<ArtifactChange> changes = new LinkedHashSet<>();
    byFile.forEach((file, replacements) -> {
      ArtifactChange change = new ArtifactChange();
      change.setArtifactLocation(artifact(placeOfFile.get(file)));
      change.setReplacements(replacements);
      changes.add(change);
    });
    de.jcup.sarif_2_1_0.model.Fix sarifFix = new de.jcup.sarif_2_1_0.model.Fix();
    sarifFix.setDescription(text(SarifRules.sentence(fix.description())));
    sarifFix.setArtifactChanges(changes);
    return sarifFix;
  }

  private Location location(Span span, String message) {
    ArtifactLocation artifact = artifact(span);
    Region region = new Region();
    region.setStartLine(span.line());
    region.setStartColumn(SourceLines.utf16Column(span.file(), span.line(), span.column()));
    region.setEndLine(span.endLine());
    region.setEndColumn(SourceLines.utf16Column(span.file(), span.endLine(), span.endColumn()));
    String snippet = sources.text(span);
    if (!snippet.isEmpty()) {
      region.setSnippet(content(snippet));
    }
    Region context = new Region();
    context.setStartLine(span.line());
    context.setEndLine(span.endLine());
    context.setSnippet(content(sources.lines(span)));
    PhysicalLocation physical = new PhysicalLocation();
    physical.setArtifactLocation(artifact);
    physical.setRegion(region);
    physical.setContextRegion(context);
    Location location = new Location();
    location.setPhysicalLocation(physical);
    if (message != null) {
      location.setMessage(text(message));
    }
    return location;
  }

  private ArtifactLocation artifact(Span span) {
    ArtifactLocation artifact = new ArtifactLocation();
    String path = input.path(span.file());
    Path asPath = Path.of(path);
    if (asPath.isAbsolute()) {
      artifact.setUri(asPath.toUri().toString());
    } else {
      artifact.setUri(relativeUri(path));
      artifact.setUriBaseId(SRCROOT);
    }
    return artifact;
  }

  /** A relative path as a URI reference: separators as {@code /}, other characters percent-encoded. */
  private static String relativeUri(String path) {
    StringBuilder out = new StringBuilder();
    String[] parts = path.replace('\\', '/').split("/");
    for (int i = 0; i < parts.length; i++) {
      try {
        out.append(new URI(null, null, parts[i], null).getRawPath().replace(":", "%3A"));
      } catch (java.net.URISyntaxException e) {
        throw new IllegalArgumentException(e);
      }
      out.append(i < parts.length - 1 ? "/" : "");
    }
    return out.toString();
  }

  private Notification notification(RuleFailure failure) {
    Notification notification = new Notification();
    notification.setLevel(Notification.Level.ERROR);
    notification.setMessage(text("Rule " + failure.rule().value() + " failed on " + failure.file()
        + " with " + failure.exceptionType() + "; please report this bug."));
    ReportingDescriptorReference rule = new ReportingDescriptorReference();
    rule.setId(failure.rule().value());
    Integer index = ruleIndex.get(failure.rule().value());
    if (index != null) {
      rule.setIndex(index);
    }
    notification.setAssociatedRule(rule);
    Exception exception = new Exception();
    exception.setKind(failure.exceptionType());
    Stack stack = new Stack();
    List<StackFrame> frames = new ArrayList<>();
    for (StackTraceElement element : failure.stack()) {
      StackFrame frame = new StackFrame();
      Location location = new Location();
      location.setMessage(text(element.toString()));
      frame.setLocation(location);
      frames.add(frame);
    }
    stack.setFrames(frames);
    exception.setStack(stack);
    notification.setException(exception);
    return notification;
  }

  private static Result.Level level(Severity severity) {
    return switch (severity) {
      case ERROR -> Result.Level.ERROR;
      case WARNING -> Result.Level.WARNING;
      case NOTE -> Result.Level.NOTE;
    };
  }

  private static Message text(String text) {
    Message message = new Message();
    message.setText(text);
    return message;
  }

  private static ArtifactContent content(String text) {
    ArtifactContent content = new ArtifactContent();
    content.setText(text);
    return content;
  }
}
