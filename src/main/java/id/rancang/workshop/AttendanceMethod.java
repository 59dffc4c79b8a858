package id.rancang.workshop;

/** How a presence was recorded: the person scanned the day's QR code, or an organiser marked it. */
public enum AttendanceMethod {
  QR,
  ORGANISER
}
