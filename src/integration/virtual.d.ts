declare module 'virtual:sales-playbook/config' {
  const options: import('./options.ts').ResolvedOptions;
  export default options;
}

declare module 'virtual:sales-playbook/custom-css' {}
