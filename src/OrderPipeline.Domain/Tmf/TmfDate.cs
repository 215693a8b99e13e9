using System.Globalization;

namespace OrderPipeline.Domain.Tmf;

/// <summary>TM Forum date-time values: ISO 8601 with an offset, written in UTC with milliseconds.</summary>
public static class TmfDate
{
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);

    /// <summary>Table Storage keeps milliseconds; trimming here makes a written date equal to the one read back.</summary>
    public static DateTimeOffset TrimToMilliseconds(DateTimeOffset value) =>
        new(value.Ticks - value.Ticks % TimeSpan.TicksPerMillisecond, value.Offset);
}
