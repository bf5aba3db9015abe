package com.geftflow.payment;

import com.geftflow.security.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The hashes that make each payment's timeline tamper-evident (docs/audit.md, where the standalone
 * verifier {@code tools/VerifyTimeline.java} computes the same):
 * <ul>
 *   <li>an entry's <b>content</b>: paymentId, at, source, kind, detail, state, each written as its
 *       UTF-8 length, a colon, the value and a newline (a null as the empty value), {@code at} as
 *       {@link #AT} in UTC with six fraction digits;</li>
 *   <li>{@code rowHash = SHA-256(content)}, written with the entry: an entry GEFT Flow did not write
 *       has none;</li>
 *   <li>{@code hash = SHA-256(previous entry's hash, newline, seq, newline, content)}, given by the
 *       sealer in the order entries are sealed; the first entry's previous hash is {@link #GENESIS};</li>
 *   <li>each day's {@link #anchor} over the heads of the payments sealed that day, chained likewise.</li>
 * </ul>
 */
public final class TimelineChain {

  public static final String GENESIS = "0".repeat(64);
  public static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
      .withZone(ZoneOffset.UTC);

  private TimelineChain() {
  }

  /** What the database keeps of a time: microseconds. */
  static OffsetDateTime stored(OffsetDateTime at) {
    return at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  public static String content(String paymentId, Instant at, String source, String kind, String detail,
      String state) {
    StringBuilder content = new StringBuilder();
    for (String field : new String[] {paymentId, AT.format(at), source, kind, detail, state}) {
      String value = field == null ? "" : field;
      content.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append('\n');
    }
    return content.toString();
  }

  public static String rowHash(String content) {
    return Sha256.hex(content.getBytes(StandardCharsets.UTF_8));
  }

  public static String link(String previousHash, int seq, String content) {
    return Sha256.hex((previousHash + "\n" + seq + "\n" + content).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A day's anchor: {@code SHA-256(previous anchor's hash, newline, day, newline, one line per
   * payment sealed that day "paymentId seq hash" ending in a newline, by paymentId)}.
   */
  public static String anchor(String previousHash, LocalDate day, List<String> lines) {
    StringBuilder text = new StringBuilder(previousHash).append('\n').append(day).append('\n');
    lines.forEach(line -> text.append(line).append('\n'));
    return Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
