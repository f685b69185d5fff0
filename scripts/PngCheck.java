import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Checks a headless browser screenshot of an ipt4j report, then crops it to the page.
 *
 * <p>Usage: {@code java scripts/PngCheck.java SCREENSHOT.png CROPPED.png}. Fails (exit 1) when the
 * screenshot is blank (almost every pixel the background colour, or too few colours) or cut off
 * (the bottom rows or the right-hand columns are not background: the page is taller or wider than
 * the window). Writes the screenshot cropped to the page's content plus a margin.
 */
public final class PngCheck {
  private static final int MARGIN = 24;

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: java PngCheck.java SCREENSHOT.png CROPPED.png");
      System.exit(2);
    }
    BufferedImage img = ImageIO.read(new File(args[0]));
    if (img == null) {
      fail(args[0] + ": not a PNG");
    }
    int w = img.getWidth();
    int h = img.getHeight();
    int background = img.getRGB(0, 0);
    long different = 0;
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    int lastContentRow = -1;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = img.getRGB(x, y);
        if (rgb != background) {
          different++;
          lastContentRow = y;
          if (colours.size() < 10_000) {
            colours.add(rgb);
          }
        }
      }
    }
    double share = different / (double) ((long) w * h);
    if (share < 0.01 || colours.size() < 16) {
      fail(args[0] + ": blank (" + String.format("%.3f", share * 100) + "% non-background pixels, "
          + colours.size() + " colours)");
    }
    int bottomRows = 100;
    if (lastContentRow >= h - bottomRows) {
      fail(args[0] + ": cut off at the bottom (content reaches row " + lastContentRow + " of " + h
          + "); render with a taller window");
    }
    for (int y = 0; y < h; y++) {
      for (int x = w - 8; x < w; x++) {
        if (img.getRGB(x, y) != background) {
          fail(args[0] + ": cut off at the right (content in column " + x + ")");
        }
      }
    }
    int height = Math.min(h, lastContentRow + 1 + MARGIN);
    ImageIO.write(img.getSubimage(0, 0, w, height), "png", new File(args[1]));
    System.out.println(args[0] + ": ok, " + String.format("%.1f", share * 100)
        + "% non-background pixels, " + colours.size() + " colours, page height " + height
        + " px of a " + h + " px window");
  }

  private static void fail(String message) {
    System.err.println("PngCheck: " + message);
    System.exit(1);
  }
}
