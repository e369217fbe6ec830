package se.huset.launcher;

/** What went wrong and what to do about it: ./huset prints both and exits 1. */
final class Fail extends RuntimeException {

    final String todo;

    Fail(String what, String todo) {
        super(what);
        this.todo = todo;
    }
}
