import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies a GEFT Flow timeline export (GET /api/audit/timeline.csv) offline, with nothing but a JDK:
 * {@code java tools/VerifyTimeline.java geft-timeline.csv}. Recomputes every entry's row hash and its
 * payment's chain (docs/audit.md) and prints each payment's head, to compare with the anchors.
 * Exit status 0: valid; 1: a broken link, named on the last line; 2: the file cannot be read.
 */
public class VerifyTimeline {

  static final String GENESIS = "0".repeat(64);
  static final List<String> HEADER = List.of("paymentId", "seq", "at", "source", "kind", "detail", "state",
      "rowHash", "hash");

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java VerifyTimeline.java <geft-timeline.csv>");
      System.exit(2);
    }
    List<List<String>> rows = csv(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    if (rows.isEmpty() || !rows.get(0).equals(HEADER)) {
      System.err.println("not a timeline export: the first line must be " + String.join(",", HEADER));
      System.exit(2);
    }
    Map<String, List<List<String>>> byPayment = new LinkedHashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() != HEADER.size()) {
        System.err.println("a row with " + row.size() + " cells instead of " + HEADER.size() + ": " + row);
        System.exit(2);
      }
      byPayment.computeIfAbsent(row.get(0), p -> new ArrayList<>()).add(row);
    }
    int sealed = 0;
    int pending = 0;
    for (Map.Entry<String, List<List<String>>> payment : byPayment.entrySet()) {
      String previous = GENESIS;
      int expectedSeq = 1;
      List<List<String>> entries = new ArrayList<>(payment.getValue());
      entries.sort(Comparator.comparingInt(r -> r.get(1).isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(r.get(1))));
      for (List<String> e : entries) {
        String content = content(e.subList(0, 1), e.subList(2, 7));
        if (!sha256(content).equals(e.get(7))) {
          broken(payment.getKey(), e.get(1), "the entry does not match its row hash (changed)", sha256(content), e.get(7));
        }
        if (e.get(1).isEmpty()) {
          pending++;
          continue;
        }
        int seq = Integer.parseInt(e.get(1));
        if (seq != expectedSeq) {
          broken(payment.getKey(), e.get(1), seq < expectedSeq ? "a second entry at this place (inserted)"
              : "no entry at place " + expectedSeq + " (deleted)", "seq " + expectedSeq, "seq " + seq);
        }
        String expected = sha256(previous + "\n" + seq + "\n" + content);
        if (!expected.equals(e.get(8))) {
          broken(payment.getKey(), e.get(1), "the entry does not follow the one before it", expected, e.get(8));
        }
        previous = expected;
        expectedSeq++;
        sealed++;
      }
      System.out.println("head " + payment.getKey() + " " + (expectedSeq - 1) + " " + previous);
    }
    System.out.println("valid: " + byPayment.size() + " payments, " + sealed + " sealed entries, " + pending
        + " not sealed yet");
  }

  /** Each field as its UTF-8 length, a colon, the value and a newline. */
  static String content(List<String> paymentId, List<String> fields) {
    StringBuilder content = new StringBuilder();
    List<String> all = new ArrayList<>(paymentId);
    all.addAll(fields);
    for (String value : all) {
      content.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append('\n');
    }
    return content.toString();
  }

  static void broken(String paymentId, String seq, String problem, String expected, String found) {
    System.out.println("BROKEN payment " + paymentId + " entry " + (seq.isEmpty() ? "(not sealed)" : seq) + ": "
        + problem + "; expected " + expected + ", found " + found);
    System.exit(1);
  }

  /** RFC 4180; the first {@code '} of a cell is the export's guard against spreadsheet formulas. */
  static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(unguarded(cell));
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(unguarded(cell));
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(unguarded(cell));
      rows.add(row);
    }
    return rows;
  }

  static String unguarded(StringBuilder cell) {
    return cell.length() > 0 && cell.charAt(0) == '\'' ? cell.substring(1) : cell.toString();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
