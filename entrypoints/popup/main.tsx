import { render } from 'preact';

render(<main><h1>Помощник Госуслуг</h1></main>, document.getElementById('app')!);
