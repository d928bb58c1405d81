// Vue's GlobalComponents entry: what a template may bind on <parley-comments>, `@parley-posted` included.
import 'parley-comments/define';
import type {} from 'parley-comments/vue';
import type { GlobalComponents } from 'vue';
import { backend } from './define.js';

type Props = InstanceType<GlobalComponents['parley-comments']>['$props'];

export const props: Props = {
  backend,
  strings: { leaveReply: 'Join in' },
  'page-size': 20,
  onParleyPosted: (event) => console.log(event.detail.comment.id),
};

// @ts-expect-error: the listener gets the posted event, whose detail has no `total`
export const wrong: Props = { onParleyPosted: (event) => event.detail.total };
