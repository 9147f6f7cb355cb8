"""The ten steps of the method as data, and the rules for what each needs. No Qt."""
