package se.huset.programs.attendance;

public enum AttendanceStatus { PRESENT, ABSENT, EXCUSED }
