using System.Reflection;

namespace OrderPipeline.DevHost.Functions;

/// <summary>A timer-triggered function: its schedule as declared (an NCRONTAB expression or a <c>%Setting%</c> naming one), the method.</summary>
internal sealed record TimerFunction(string Name, string Schedule, MethodInfo Method);
