namespace Routes.Geo.Routing;

/// <summary>The per-edge arrays a graph's constructor fills from the profile's decisions, before they become the graph's columns.</summary>
/// <param name="CanForward">Per edge: travelable along the way.</param>
/// <param name="CanBackward">Per edge: travelable against the way.</param>
/// <param name="DurationSeconds">Per directed edge (2·edge along, 2·edge+1 against): travel time.</param>
internal readonly record struct EdgeDecisionArrays(bool[] CanForward, bool[] CanBackward, double[] DurationSeconds);
