using Routes.Geo.Profiles;

namespace Routes.Geo;

public abstract partial class Profile
{
    private static readonly IReadOnlySet<KeyValuePair<string, string>> NoNodeTagValues = new HashSet<KeyValuePair<string, string>>();

    /// <summary>
    /// Whether routing graphs read <see cref="TurnSeconds"/> at all (false: every turn is free). A graph whose profile has turn costs is contracted on
    /// its turn graph (a node per directed edge), where the costs bind exactly; without them, and without binding turn
    /// restrictions, on the cheaper junction graph. False by default.
    /// </summary>
    public virtual bool HasTurnCosts => false;

    /// <summary>
    /// The time a turn adds to a route, in seconds (never negative, finite): a cost by angle, a U-turn, a delay at a node
    /// such as traffic signals. Read once per turn when a routing graph is built; counted only in travel time (the
    /// fastest metric, and the duration of every route), never in length. 0 by default.
    /// </summary>
    /// <param name="turn">The turn: its angle, the roads at the vertex, the vertex's tags.</param>
    public virtual double TurnSeconds(in TurnDescription turn) => 0;

    /// <summary>
    /// Node tags (key and value) that make a node matter to this profile beside <see cref="NodeKeys"/>, without the whole
    /// key doing so: the car's <c>highway=traffic_signals</c> keeps a signal, while <c>highway=crossing</c> alone does not
    /// become a vertex. Importers keep such nodes as vertices, with the tags of <see cref="NodeKeys"/> and
    /// <see cref="NodeContextKeys"/>. None by default.
    /// </summary>
    public virtual IReadOnlySet<KeyValuePair<string, string>> NodeTagValues => NoNodeTagValues;
}
