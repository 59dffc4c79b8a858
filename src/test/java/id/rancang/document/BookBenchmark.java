package id.rancang.document;

import id.rancang.document.book.BookDocument;
import id.rancang.document.render.DocxRenderer;
import id.rancang.document.render.PdfRenderer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The book benchmark behind bench/books.sh: Buku 2 of a masterplan of 300 programmes and 1,200
 * actions, generated as DOCX or PDF several times in one JVM. Prints the median and best time after
 * warm-up runs and the peak heap in use, and writes the last file for the LibreOffice comparison.
 *
 * <p>Arguments: format (docx or pdf), programmes, warm-up runs, measured runs, output file.
 */
public final class BookBenchmark {

  private BookBenchmark() {}

  public static void main(String[] args) throws Exception {
    String format = args.length > 0 ? args[0] : "pdf";
    int programmes = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    Path output = Path.of(args.length > 4 ? args[4] : "target/bench-buku-2." + format);
    MasterplanContent content = SampleContent.withProgrammes(programmes);
    int actions = content.programmes().stream().mapToInt(p -> p.actions().size()).sum();
    byte[] file = null;
    for (int i = 0; i < warmUp; i++) {
      file = generate(format, content);
    }
    System.gc();
    resetPeaks();
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      file = generate(format, content);
      millis.add((System.nanoTime() - start) / 1_000_000);
    }
    long peak = peakHeap();
    Files.write(output, file);
    Collections.sort(millis);
    System.out.printf(
        "format=%s programmes=%d actions=%d runs=%d median_ms=%d best_ms=%d worst_ms=%d"
            + " peak_heap_mb=%d size_kb=%d max_heap_mb=%d%n",
        format,
        programmes,
        actions,
        runs,
        millis.get(millis.size() / 2),
        millis.get(0),
        millis.get(millis.size() - 1),
        peak / (1024 * 1024),
        file.length / 1024,
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  /** Content to bytes, as a download does it: lay out the book, then render it. */
  static byte[] generate(String format, MasterplanContent content) {
    BookDocument book = Books.write(Book.BUKU_2, content, Books.INDONESIAN);
    return "docx".equals(format) ? DocxRenderer.render(book) : PdfRenderer.render(book);
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since the reset: an upper bound of the heap in use. */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
