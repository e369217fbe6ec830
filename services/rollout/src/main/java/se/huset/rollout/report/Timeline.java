package se.huset.rollout.report;

import se.huset.rollout.plan.Milestone;
import se.huset.rollout.plan.MilestoneSchedule;
import se.huset.rollout.plan.Phase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The three years as a Gantt-like grid of 36 months: one row per milestone, a bar from its start to its due month
 * in the colour of its status (the status is also written out), and the current month marked.
 */
public record Timeline(List<Month> months, List<PhaseRows> phases, int todayMonth) {

    public record Month(int index, LocalDate firstDay, boolean today, boolean yearStart) {
    }

    public record PhaseRows(Phase phase, List<Row> rows) {
    }

    public record Row(Milestone milestone, List<String> cells) {
    }

    public static Timeline of(MilestoneSchedule schedule, List<Milestone> milestones, LocalDate today) {
        int todayMonth = schedule.monthOf(today);
        List<Month> months = new ArrayList<>();
        for (int m = 0; m < MilestoneSchedule.MONTHS; m++) {
            months.add(new Month(m, schedule.startOf(m), m == todayMonth, m % 12 == 0));
        }
        List<PhaseRows> phases = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            List<Row> rows = new ArrayList<>();
            milestones.stream().filter(ms -> ms.phase() == phase).forEach(ms -> rows.add(new Row(ms, cells(ms, todayMonth))));
            phases.add(new PhaseRows(phase, rows));
        }
        return new Timeline(months, phases, todayMonth);
    }

    /** CSS classes per month cell: the bar in its status colour, the today column, year boundaries. */
    private static List<String> cells(Milestone m, int todayMonth) {
        List<String> cells = new ArrayList<>();
        for (int month = 0; month < MilestoneSchedule.MONTHS; month++) {
            StringBuilder c = new StringBuilder("g-cell");
            if (month >= m.startMonth() && month < m.dueMonth()) {
                c.append(" g-bar s-").append(m.status().name());
                if (month == m.dueMonth() - 1) {
                    c.append(" g-due");
                }
            }
            if (month == todayMonth) {
                c.append(" g-today");
            }
            if (month % 12 == 0) {
                c.append(" g-year");
            }
            cells.add(c.toString());
        }
        return cells;
    }
}
