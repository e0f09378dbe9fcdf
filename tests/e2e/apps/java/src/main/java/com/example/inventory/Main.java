package com.example.inventory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a CSV bundled in the jar and prints totals per warehouse. */
public final class Main {
  record Item(String warehouse, String sku, int qty, long cents) {}

  public static void main(String[] args) throws Exception {
    probe();
    List<Item> items = load("/inventory.csv");
    System.out.println("items: " + items.size());

    Map<String, Long> value = new TreeMap<>();
    Map<String, Integer> units = new TreeMap<>();
    for (Item i : items) {
      value.merge(i.warehouse(), i.qty() * i.cents(), Long::sum);
      units.merge(i.warehouse(), i.qty(), Integer::sum);
    }
    for (String w : value.keySet()) {
      System.out.printf("%-6s units=%5d value=%10.2f%n", w, units.get(w), value.get(w) / 100.0);
    }
    Item biggest = items.stream().max((a, b) -> Long.compare(a.qty() * a.cents(), b.qty() * b.cents())).orElseThrow();
    System.out.println("largest position: " + biggest.sku() + " in " + biggest.warehouse());

    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (Item i : items) sha.update(i.toString().getBytes(StandardCharsets.UTF_8));
    System.out.println("sha256: " + HexFormat.of().formatHex(sha.digest()).substring(0, 16));

    Path tmp = Files.createTempFile("inventory", ".txt");
    Files.writeString(tmp, String.valueOf(items.size()));
    System.out.println("temp file round trip: " + Files.readString(tmp));
    Files.delete(tmp);
    System.out.println("java feature release: " + Runtime.version().feature());
  }

  private static List<Item> load(String resource) throws IOException {
    List<Item> items = new ArrayList<>();
    try (InputStream in = Main.class.getResourceAsStream(resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = r.readLine(); // header
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) continue;
        String[] f = line.split(",");
        items.add(new Item(f[0], f[1], Integer.parseInt(f[2]), Math.round(Double.parseDouble(f[3]) * 100)));
      }
    }
    return items;
  }

  /** Who and where we run, on stderr (stdout must not differ between root and nonroot). */
  private static void probe() throws IOException {
    String uid = "?";
    for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
      if (line.startsWith("Uid:")) uid = line.split("\\s+")[1];
    }
    Path cwd = Paths.get("").toAbsolutePath();
    System.err.println("e2e-probe: uid=" + uid + " cwd=" + cwd + " writable=" + (Files.isWritable(cwd) ? "yes" : "no"));
  }
}
