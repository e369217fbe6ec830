package se.huset.followup.form;

/** The form's fixed answers, after seed 003's case-file review form (boende, sysselsättning, försörjning). */
public final class Choices {

    private Choices() {
    }

    public enum Housing { OWN, SECOND_HAND, WITH_OTHERS, SOCIAL_SERVICES_FLAT, SUPPORTED, HOTEL, HOMELESS, OTHER }

    public enum Occupation { WORK, STUDIES, SUPPORTED_WORK, UNEMPLOYED, SICK_LEAVE, PENSION, OTHER }

    public enum IncomeSource { WAGES, UNEMPLOYMENT_BENEFIT, SOCIAL_ASSISTANCE, SOCIAL_INSURANCE, STUDY_GRANT, FAMILY, PENSION, OTHER }

    public enum OwnGoal { YES, PARTLY, NO }
}
