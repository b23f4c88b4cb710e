namespace Graph.Extraction.Internal;

/// <summary>English month and weekday names.</summary>
internal static class Calendar
{
    public static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    public static int MonthNumber(string lower) => Array.IndexOf(Months, lower) + 1;

    /// <summary>Weekday of a lower-case name, or null.</summary>
    public static DayOfWeek? Weekday(string lower)
    {
        int index = Array.IndexOf(Weekdays, lower);
        return index < 0 ? null : (DayOfWeek)index;
    }

    public static bool IsCalendarWord(string lower) => MonthNumber(lower) > 0 || Weekday(lower) is not null;

    /// <summary>A month, a weekday, or a day named from today ("today", "yesterday", "tomorrow", "tonight"): a time, no one.</summary>
    public static bool IsDayWord(string lower) => IsCalendarWord(lower) || lower is "today" or "yesterday" or "tomorrow" or "tonight";
}
