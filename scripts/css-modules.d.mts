// The CSS Module hook has no exports: importing it registers the hook.
export {};
