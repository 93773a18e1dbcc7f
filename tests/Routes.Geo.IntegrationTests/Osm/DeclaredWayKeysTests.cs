using Routes.Geo.Instructions;
using Routes.Geo.Network;
using Routes.Geo.Osm;
using Routes.Geo.Profiles;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.IntegrationTests.Osm;

/// <summary>
/// On real extracts, a network imported with only the declared way keys (<see cref="Profile.WayKeys"/>,
/// <see cref="WayTagKeys.Library"/>) gives every reader of way tags the answer it gives with every tag kept.
/// </summary>
public class DeclaredWayKeysTests
{
    private static readonly Profile[] Profiles = [.. TravelProfiles.All, new AccessibleFootProfile()];

    [Theory]
    [InlineData("monaco.osm.pbf")]
    [InlineData("andorra.osm.pbf")]
    [InlineData("liechtenstein.osm.pbf")]
    public void DeclaredWayKeys_GiveEveryReaderTheAnswerOfEveryTag(string extract)
    {
        string path = OsmTestData.PathOf(extract);
        RoadNetwork every = OsmNetwork.Load(path, new OsmImportOptions { KeepEveryWayTag = true, Profiles = Profiles });
        RoadNetwork declared = OsmNetwork.Load(path, new OsmImportOptions { Profiles = Profiles });

        Assert.Equal(every.WayCount, declared.WayCount);
        Assert.Equal(every.Statistics, declared.Statistics);
        long droppedTags = 0;
        for (int w = 0; w < every.WayCount; w++)
        {
            IReadOnlyDictionary<string, string> all = every.Ways[w].Tags, kept = declared.Ways[w].Tags;
            droppedTags += all.Count - kept.Count;
            foreach (Profile profile in Profiles)
            {
                Assert.Equal(profile.Evaluate(all), profile.Evaluate(kept));
                Assert.Equal(profile.UnreadableKeys(all), profile.UnreadableKeys(kept));
                Assert.Equal(profile.SpeedOnGradeKmh(all, 12, 0.05), profile.SpeedOnGradeKmh(kept, 12, 0.05));
            }

            foreach (RoadClass roadClass in Enum.GetValues<RoadClass>())
            {
                Assert.Equal(RoadClassRules.Matches(roadClass, all), RoadClassRules.Matches(roadClass, kept));
            }

            Assert.Equal(SnapIndex.IsSnapAvoided(all), SnapIndex.IsSnapAvoided(kept));
            Assert.Equal(RoadLabel.Of(all), RoadLabel.Of(kept));
            Assert.Equal(all.GetValueOrDefault("junction"), kept.GetValueOrDefault("junction"));
        }

        // The graphs: access, durations (a ferry's duration tag included), blocked vertices.
        foreach (Profile profile in Profiles)
        {
            RoutingGraph a = new Router(every).GraphFor(profile), b = new Router(declared).GraphFor(profile);
            Assert.Equal(a.CanForward.ToArray(), b.CanForward.ToArray());
            Assert.Equal(a.CanBackward.ToArray(), b.CanBackward.ToArray());
            Assert.Equal(a.DirectedDurationSeconds.ToArray(), b.DirectedDurationSeconds.ToArray());
        }

        // The import did drop tags (name:xx, source, ...): otherwise the comparison proves nothing.
        Assert.True(droppedTags >= 1000, $"{droppedTags} tags dropped over {every.WayCount} ways");
    }
}
