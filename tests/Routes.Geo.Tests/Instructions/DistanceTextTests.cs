using Routes.Geo.Instructions;

namespace Routes.Geo.Tests.Instructions;

public class DistanceTextTests
{
    [Theory]
    [InlineData(3, "en", "5 m")]
    [InlineData(42, "en", "40 m")]
    [InlineData(298, "en", "300 m")]
    [InlineData(1234, "en", "1.2 km")]
    [InlineData(1234, "fr", "1,2 km")]
    [InlineData(1234, "nl", "1,2 km")]
    [InlineData(996, "fr", "1 km")]
    [InlineData(2000, "nl", "2 km")]
    [InlineData(12_600, "fr", "13 km")]
    public void Distances_AreRoundedAndUseTheLanguagesDecimalSeparator(double metres, string language, string expected)
    {
        Assert.Equal(expected, RouteInstructions.FormatDistance(metres, language));
    }

    [Fact]
    public void FormatDistance_UnknownLanguage_IsATypedError()
    {
        Assert.Throws<UnsupportedLanguageException>(() => RouteInstructions.FormatDistance(100, "de"));
    }
}
