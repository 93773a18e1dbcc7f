using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Tests.Routing.Customizable;

public class CustomWeightsTests
{
    [Theory]
    [InlineData("""{"speed": [{"if": "class == motorway", "multiply_by": 0.5}, {"if": "highway == residential", "multiply_by": -1}]}""", "speed[1]", "multiply_by is -1")]
    [InlineData("""{"priority": [{"if": "class == highways", "multiply_by": 0.5}]}""", "priority[0]", "'highways'")]
    [InlineData("""{"priority": [{"if": "highway residential", "multiply_by": 0.5}]}""", "priority[0]", "'highway residential'")]
    [InlineData("""{"priority": [{"if": "class == motorway,toll", "multiply_by": 0.5}]}""", "priority[0]", "one road class")]
    [InlineData("""{"priority": [{"if": "true", "multiply_by": 1000}]}""", "priority[0]", "multiply_by is 1000")]
    [InlineData("""{"priority": [{"multiply_by": 0.5}]}""", "priority[0]", "string \"if\"")]
    [InlineData("""{"distance_influence": 70}""", "", "'distance_influence'")]
    [InlineData("""{"speed": [""", "", "does not parse")]
    [InlineData("""[]""", "", "JSON object")]
    public void BadRules_ThrowNamingTheRule(string json, string rule, string named)
    {
        InvalidCustomWeightsException e = Assert.Throws<InvalidCustomWeightsException>(() => CustomWeights.FromJson(json));

        Assert.Equal(rule, e.Rule);
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<RoutesGeoException>(e);
    }

    [Fact]
    public void MatchingRules_MultiplyInOrder_SpeedOnlyForTheFastestMetric()
    {
        CustomWeights custom = CustomWeights.FromJson("""
            {"speed": [{"if": "class == tunnel", "multiply_by": 0.5}],
             "priority": [{"if": "highway == residential", "multiply_by": 0.8}, {"if": "surface != asphalt", "multiply_by": 0.5}]}
            """);
        var tags = new Dictionary<string, string> { ["highway"] = "residential", ["tunnel"] = "yes" };

        Assert.Equal(0.5 * 0.8 * 0.5, custom.Divisor(tags, RouteMetric.Fastest), 12);
        Assert.Equal(0.8 * 0.5, custom.Divisor(tags, RouteMetric.Shortest), 12);
        Assert.Equal(1, custom.Divisor(new Dictionary<string, string> { ["highway"] = "primary", ["surface"] = "asphalt" }, RouteMetric.Fastest), 12);
    }

    [Fact]
    public void EqualRuleLists_HaveEqualKeys_AndFromJsonEqualsFromCode()
    {
        CustomWeights json = CustomWeights.FromJson("""{"priority": [{"if": "highway == service", "multiply_by": 0}]}""");
        CustomWeights code = CustomWeights.Of([new CustomWeightRule(CustomWeightTarget.Priority, "highway == service", 0)]);

        Assert.Equal(json.Key, code.Key);
        Assert.NotEqual(json.Key, CustomWeights.Of([new CustomWeightRule(CustomWeightTarget.Speed, "highway == service", 0)]).Key);
    }
}
